package org.citizenhub.hub.casework;

import java.util.LinkedHashSet;
import java.util.Set;
import org.citizenhub.core.normalise.AddressParser;
import org.citizenhub.core.normalise.EmailNormaliser;
import org.citizenhub.core.normalise.NationalIds;
import org.citizenhub.core.normalise.Nicknames;
import org.citizenhub.core.normalise.PhoneNormaliser;
import org.citizenhub.core.normalise.Phonetic;
import org.citizenhub.core.normalise.TextNormaliser;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.store.Texts;

/**
 * The search keys of a record, or of a search probe built from partial input: each field on its own, so
 * that any one field given finds candidates. Names by sound (Double Metaphone codes of the family name
 * and of the given name) and by nickname form (Bill and William share one key), so a typo or a nickname
 * still finds the person; date of birth, postcode, national id, phone and email in canonical form.
 */
public final class SearchKeys {

    /** The key column's width; longer keys (a long email) are stored as a hash. */
    static final int MAX_KEY_LENGTH = 120;

    private final Nicknames nicknames = Nicknames.standard();
    private final PhoneNormaliser phones;

    public SearchKeys(String phoneRegion) {
        this.phones = new PhoneNormaliser(phoneRegion);
    }

    public Set<String> of(SourceRecord record) {
        Set<String> keys = new LinkedHashSet<>();
        for (PersonName name : record.allNames()) {
            familyKeys(name.family(), keys);
            givenKeys(name.given(), keys);
        }
        if (record.dateOfBirth() != null) {
            keys.add("dob:" + record.dateOfBirth().toIso());
        }
        for (Address address : record.addresses()) {
            String postcode = AddressParser.postcode(address.postcode());
            if (postcode != null) {
                add(keys, "pc:" + postcode);
            }
        }
        NationalIds.valid(record.nationalId()).ifPresent(id -> add(keys, "ni:" + id));
        for (String phone : record.phones()) {
            long canonical = phones.canonical(phone);
            if (canonical != 0) {
                keys.add("ph:" + canonical);
            }
        }
        for (String email : record.emails()) {
            String folded = EmailNormaliser.fold(email);
            if (folded != null) {
                add(keys, "em:" + folded);
            }
        }
        return keys;
    }

    /** The whole family name and each of its parts ("Smith-Jones": also Smith and Jones), by sound. */
    private static void familyKeys(String family, Set<String> keys) {
        String folded = TextNormaliser.foldName(family);
        if (folded.isBlank()) {
            return;
        }
        sounds("fp:", folded.replace(" ", ""), keys);
        String[] parts = folded.split(" ");
        if (parts.length > 1) {
            for (String part : parts) {
                sounds("fp:", part, keys);
            }
        }
    }

    /** The given name by sound and by its nickname group's canonical form. */
    private void givenKeys(String given, Set<String> keys) {
        String folded = TextNormaliser.foldName(given);
        if (folded.isBlank()) {
            return;
        }
        String first = folded.split(" ")[0];
        sounds("gp:", first, keys);
        if (first.length() > 1) {
            add(keys, "gn:" + nicknames.canonical(first));
        }
    }

    private static void sounds(String prefix, String folded, Set<String> keys) {
        int primary = Phonetic.primary(folded);
        int alternate = Phonetic.alternate(folded);
        if (primary != 0) {
            keys.add(prefix + Integer.toHexString(primary));
        }
        if (alternate != 0) {
            keys.add(prefix + Integer.toHexString(alternate));
        }
    }

    private static void add(Set<String> keys, String key) {
        keys.add(key.length() <= MAX_KEY_LENGTH ? key : key.substring(0, 3) + "sha256:" + Texts.sha256(key));
    }
}
