package org.citizenhub.core.match.prepare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citizenhub.core.normalise.AddressParser;
import org.citizenhub.core.normalise.EmailNormaliser;
import org.citizenhub.core.normalise.NameTokens;
import org.citizenhub.core.normalise.NationalIds;
import org.citizenhub.core.normalise.NationalIds.CheckScheme;
import org.citizenhub.core.normalise.ParsedAddress;
import org.citizenhub.core.normalise.PhoneNormaliser;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;

/**
 * Turns a {@link SourceRecord} into a {@link PreparedRecord}: names into tokens and their alternatives
 * (middle, preferred, maiden and previous names, the parts of a double-barrelled surname), the date of
 * birth packed, the national id checked, phones to E.164, emails folded, addresses parsed, all interned.
 * Values found generic are left out. Thread-safe.
 */
public final class RecordPreparer {

    private static final int[] NO_INTS = new int[0];
    private static final long[] NO_LONGS = new long[0];

    private final Lexicons lexicons;
    private final PhoneNormaliser phones;
    private final CheckScheme idScheme;
    private final GenericValues generic;

    public RecordPreparer(Lexicons lexicons, PhoneNormaliser phones, CheckScheme idScheme, GenericValues generic) {
        this.lexicons = lexicons;
        this.phones = phones;
        this.idScheme = idScheme;
        this.generic = generic;
    }

    public RecordPreparer withGeneric(GenericValues newGeneric) {
        return new RecordPreparer(lexicons, phones, idScheme, newGeneric);
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    public CheckScheme idScheme() {
        return idScheme;
    }

    public GenericValues generic() {
        return generic;
    }

    public PreparedRecord prepare(SourceRecord record) {
        Lexicon names = lexicons.names();
        PersonName name = record.name();
        List<String> givenTokens = new ArrayList<>(NameTokens.given(name.given()));
        List<String> middleTokens = new ArrayList<>();
        for (String middle : name.middle()) {
            middleTokens.addAll(NameTokens.given(middle));
        }
        if (givenTokens.isEmpty() && !middleTokens.isEmpty()) {
            givenTokens.add(middleTokens.remove(0));
        }
        List<String> familyTokens = NameTokens.family(name.family());
        int given = givenTokens.isEmpty() ? Lexicon.NONE : names.intern(givenTokens.get(0));
        int family = familyTokens.isEmpty() ? Lexicon.NONE : names.intern(String.join("", familyTokens));

        IntList givenAlts = new IntList();
        givenTokens.stream().skip(1).forEach(t -> givenAlts.addUnique(names.intern(t), given));
        middleTokens.forEach(t -> givenAlts.addUnique(names.intern(t), given));
        IntList familyAlts = new IntList();
        NameTokens.familyParts(familyTokens).forEach(t -> familyAlts.addUnique(names.intern(t), family));
        for (PersonName other : record.otherNames()) {
            NameTokens.given(other.given()).forEach(t -> givenAlts.addUnique(names.intern(t), given));
            other.middle().forEach(m -> NameTokens.given(m).forEach(t -> givenAlts.addUnique(names.intern(t), given)));
            List<String> otherFamily = NameTokens.family(other.family());
            if (!otherFamily.isEmpty()) {
                familyAlts.addUnique(names.intern(String.join("", otherFamily)), family);
                NameTokens.familyParts(otherFamily).forEach(t -> familyAlts.addUnique(names.intern(t), family));
            }
        }

        Term givenTerm = given == Lexicon.NONE ? null : names.term(given);
        Term familyTerm = family == Lexicon.NONE ? null : names.term(family);
        int flags = 0;
        if (givenTerm != null && givenTerm.length() == 1) {
            flags |= PreparedRecord.GIVEN_INITIAL;
        }
        if (givenTerm != null && givenTerm.wildcard()) {
            flags |= PreparedRecord.GIVEN_WILDCARD;
        }
        if (familyTerm != null && familyTerm.wildcard()) {
            flags |= PreparedRecord.FAMILY_WILDCARD;
        }
        byte generation = (byte) NameTokens.generation(name.suffix(), name.given(), name.family()).ordinal();

        int genericMask = 0;
        long nationalId = NationalIds.valid(record.nationalId(), idScheme).map(NationalIds::pack).orElse(0L);
        if (nationalId != 0 && generic.nationalIds().contains(nationalId)) {
            nationalId = 0;
            genericMask |= PreparedRecord.GENERIC_ID;
        }
        LongList phoneList = new LongList();
        for (String raw : record.phones()) {
            long phone = phones.canonical(raw);
            if (phone != 0 && generic.phones().contains(phone)) {
                genericMask |= PreparedRecord.GENERIC_PHONE;
            } else {
                phoneList.addUnique(phone);
            }
        }
        LongList emailList = new LongList();
        for (String raw : record.emails()) {
            String email = EmailNormaliser.fold(raw);
            long hash = email == null ? 0 : Hashing.hash(email);
            if (hash != 0 && generic.emails().contains(hash)) {
                genericMask |= PreparedRecord.GENERIC_EMAIL;
            } else {
                emailList.addUnique(hash);
            }
        }
        IntList addressParts = new IntList();
        LongList addressKeys = new LongList();
        for (Address address : record.addresses()) {
            ParsedAddress parsed = AddressParser.parse(address);
            if (parsed.isEmpty()) {
                continue;
            }
            long dwelling = dwellingKey(parsed);
            if (dwelling != 0 && generic.addresses().contains(dwelling)) {
                genericMask |= PreparedRecord.GENERIC_ADDRESS;
                continue;
            }
            Lexicon places = lexicons.places();
            addressParts.add(places.intern(parsed.postcode()));
            addressParts.add(places.intern(parsed.house()));
            addressParts.add(places.intern(parsed.street()));
            addressParts.add(places.intern(parsed.town()));
            addressParts.add(places.intern(parsed.flat()));
            addressKeys.add(dwelling);
        }

        return new PreparedRecord(record.key(),
                given, givenAlts.toArray(),
                givenTerm == null ? 0 : givenTerm.phonetic(), givenTerm == null ? 0 : givenTerm.phoneticAlt(),
                givenTerm == null ? 0 : givenTerm.root(),
                family, familyAlts.toArray(),
                familyTerm == null ? 0 : familyTerm.phonetic(), familyTerm == null ? 0 : familyTerm.phoneticAlt(),
                (byte) flags, generation, dob(record.dateOfBirth()), sex(record.sex()), nationalId,
                phoneList.toArray(), emailList.toArray(), addressParts.toArray(), addressKeys.toArray(),
                (byte) genericMask);
    }

    /** The record without the values {@code generic} holds; the same instance when it holds none. */
    public static PreparedRecord withoutGeneric(PreparedRecord record, GenericValues generic) {
        int mask = record.genericMask();
        long id = record.nationalId();
        if (id != 0 && generic.nationalIds().contains(id)) {
            id = 0;
            mask |= PreparedRecord.GENERIC_ID;
        }
        long[] phones = filter(record.phones(), generic.phones());
        if (phones.length < record.phones().length) {
            mask |= PreparedRecord.GENERIC_PHONE;
        }
        long[] emails = filter(record.emails(), generic.emails());
        if (emails.length < record.emails().length) {
            mask |= PreparedRecord.GENERIC_EMAIL;
        }
        int dob = record.dob();
        if (dob != 0 && generic.birthDates().contains(dob)) {
            dob = 0;
            mask |= PreparedRecord.GENERIC_DOB;
        }
        long[] keys = record.addressKeys();
        int[] addresses = record.addresses();
        if (Arrays.stream(keys).anyMatch(k -> k != 0 && generic.addresses().contains(k))) {
            IntList keptParts = new IntList();
            LongList keptKeys = new LongList();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == 0 || !generic.addresses().contains(keys[i])) {
                    for (int p = 0; p < PreparedRecord.ADDRESS_STRIDE; p++) {
                        keptParts.add(addresses[i * PreparedRecord.ADDRESS_STRIDE + p]);
                    }
                    keptKeys.add(keys[i]);
                }
            }
            addresses = keptParts.toArray();
            keys = keptKeys.toArray();
            mask |= PreparedRecord.GENERIC_ADDRESS;
        }
        if (mask == record.genericMask()) {
            return record;
        }
        return record.withEvidence(dob, id, phones, emails, addresses, keys, (byte) mask);
    }

    /** A dwelling: postcode, house and flat; or street, house, town and flat where no postcode is known. */
    static long dwellingKey(ParsedAddress address) {
        if (address.house() == null) {
            return 0;
        }
        String flat = address.flat() == null ? "" : address.flat();
        if (address.postcode() != null) {
            return Hashing.hash(address.postcode() + '|' + address.house() + '|' + flat);
        }
        if (address.street() != null && address.town() != null) {
            return Hashing.hash(address.street() + '|' + address.house() + '|' + address.town() + '|' + flat);
        }
        return 0;
    }

    /** The packed date of birth, or 0 when it is a generic (placeholder) date. */
    private int dob(PartialDate date) {
        int packed = packDob(date);
        return packed != 0 && generic.birthDates().contains(packed) ? 0 : packed;
    }

    static int packDob(PartialDate dob) {
        if (dob == null) {
            return 0;
        }
        return dob.year() * 10000 + (dob.month() == null ? 0 : dob.month() * 100) + (dob.day() == null ? 0 : dob.day());
    }

    private static byte sex(Sex sex) {
        return switch (sex) {
            case FEMALE -> 1;
            case MALE -> 2;
            default -> 0;
        };
    }

    private static long[] filter(long[] values, LongSet generic) {
        if (values.length == 0 || generic.isEmpty()) {
            return values;
        }
        return Arrays.stream(values).filter(v -> !generic.contains(v)).toArray();
    }

    /** A small growable int list that yields a shared empty array when empty. */
    private static final class IntList {
        private int[] values = NO_INTS;
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(4, size * 2));
            }
            values[size++] = value;
        }

        void addUnique(int value, int except) {
            if (value == Lexicon.NONE || value == except) {
                return;
            }
            for (int i = 0; i < size; i++) {
                if (values[i] == value) {
                    return;
                }
            }
            add(value);
        }

        int[] toArray() {
            return size == 0 ? NO_INTS : Arrays.copyOf(values, size);
        }
    }

    private static final class LongList {
        private long[] values = NO_LONGS;
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(2, size * 2));
            }
            values[size++] = value;
        }

        void addUnique(long value) {
            if (value == 0) {
                return;
            }
            for (int i = 0; i < size; i++) {
                if (values[i] == value) {
                    return;
                }
            }
            add(value);
        }

        long[] toArray() {
            return size == 0 ? NO_LONGS : Arrays.copyOf(values, size);
        }
    }
}
