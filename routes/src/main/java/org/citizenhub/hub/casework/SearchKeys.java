package org.citizenhub.hub.casework;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
 * The search keys of a record, or of a search probe built from partial input. Each field on its own, so
 * that any one field given finds candidates: names by sound (Double Metaphone codes of the family name and
 * of the given name) and by nickname form (Bill and William share one key), so a typo or a nickname still
 * finds the person; date of birth, postcode, national id, phone and email in canonical form.
 *
 * <p>A name key alone is shared by thousands of people in a large population, so names are also keyed in
 * pairs, as blocking keys are: family name with given name, and each name with the date of birth or the
 * postcode. A search for "John Smith, 1980-01-02" then reads a handful of rows instead of every Smith and
 * every John. Each pair uses one name form, so a typo in one name is still caught by the pairs without it.
 */
public final class SearchKeys {

    /** The key column's width; longer keys (a long email) are stored as a hash. */
    static final int MAX_KEY_LENGTH = 120;

    /**
     * Most selective kind of key first, by how many people one value of it is expected to cover: identifiers
     * and contacts name one person, pairs a few, a date of birth or a postcode dozens, a name sound thousands.
     */
    static final Comparator<String> MOST_SELECTIVE_FIRST = Comparator.comparingInt(SearchKeys::selectivityRank);

    private static final List<String> PREFIXES_BY_SELECTIVITY =
            List.of("ni:", "em:", "ph:", "fd:", "gd:", "fc:", "fg:", "dob:", "pc:", "gn:", "gp:", "fp:");

    private final Nicknames nicknames = Nicknames.standard();
    private final PhoneNormaliser phones;

    public SearchKeys(String phoneRegion) {
        this.phones = new PhoneNormaliser(phoneRegion);
    }

    public Set<String> of(SourceRecord record) {
        Set<String> keys = new LinkedHashSet<>();
        String dob = record.dateOfBirth() == null ? null : record.dateOfBirth().toIso();
        Set<String> postcodes = new LinkedHashSet<>();
        for (Address address : record.addresses()) {
            String postcode = AddressParser.postcode(address.postcode());
            if (postcode != null) {
                postcodes.add(postcode);
            }
        }
        for (PersonName name : record.allNames()) {
            Set<String> families = familyKeys(name.family(), keys);
            Set<String> givens = givenKeys(name.given(), keys);
            pairKeys(families, givens, dob, postcodes, keys);
        }
        if (dob != null) {
            keys.add("dob:" + dob);
        }
        postcodes.forEach(postcode -> add(keys, "pc:" + postcode));
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

    /**
     * Keys the whole family name and each of its parts ("Smith-Jones": also Smith and Jones) by sound, and
     * answers the primary sounds, which the pair keys use.
     */
    private static Set<String> familyKeys(String family, Set<String> keys) {
        Set<String> primaries = new LinkedHashSet<>();
        String folded = TextNormaliser.foldName(family);
        if (folded.isBlank()) {
            return primaries;
        }
        sounds("fp:", folded.replace(" ", ""), keys, primaries);
        String[] parts = folded.split(" ");
        if (parts.length > 1) {
            for (String part : parts) {
                sounds("fp:", part, keys, primaries);
            }
        }
        return primaries;
    }

    /**
     * Keys the given name by sound and by its nickname group's canonical form, and answers both forms
     * ("s" + sound, "n" + canonical name), which the pair keys use.
     */
    private Set<String> givenKeys(String given, Set<String> keys) {
        Set<String> forms = new LinkedHashSet<>();
        String folded = TextNormaliser.foldName(given);
        if (folded.isBlank()) {
            return forms;
        }
        String first = folded.split(" ")[0];
        Set<String> primaries = new LinkedHashSet<>();
        sounds("gp:", first, keys, primaries);
        primaries.forEach(sound -> forms.add("s" + sound));
        if (first.length() > 1) {
            String canonical = nicknames.canonical(first);
            add(keys, "gn:" + canonical);
            forms.add("n" + canonical);
        }
        return forms;
    }

    private static void pairKeys(Set<String> families, Set<String> givens, String dob, Set<String> postcodes,
                                 Set<String> keys) {
        for (String family : families) {
            givens.forEach(given -> add(keys, "fg:" + family + "|" + given));
            if (dob != null) {
                keys.add("fd:" + family + "|" + dob);
            }
            postcodes.forEach(postcode -> add(keys, "fc:" + family + "|" + postcode));
        }
        if (dob != null) {
            givens.forEach(given -> add(keys, "gd:" + given + "|" + dob));
        }
    }

    /** Adds the prefixed sound keys (primary and alternate code) and collects the primary code. */
    private static void sounds(String prefix, String folded, Set<String> keys, Set<String> primaries) {
        int primary = Phonetic.primary(folded);
        int alternate = Phonetic.alternate(folded);
        if (primary != 0) {
            keys.add(prefix + Integer.toHexString(primary));
            primaries.add(Integer.toHexString(primary));
        }
        if (alternate != 0) {
            keys.add(prefix + Integer.toHexString(alternate));
        }
    }

    private static void add(Set<String> keys, String key) {
        keys.add(key.length() <= MAX_KEY_LENGTH ? key : key.substring(0, 3) + "sha256:" + Texts.sha256(key));
    }

    private static int selectivityRank(String key) {
        for (int rank = 0; rank < PREFIXES_BY_SELECTIVITY.size(); rank++) {
            if (key.startsWith(PREFIXES_BY_SELECTIVITY.get(rank))) {
                return rank;
            }
        }
        return PREFIXES_BY_SELECTIVITY.size();
    }
}
