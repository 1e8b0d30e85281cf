package org.citizenhub.core.match.prepare;

import org.citizenhub.core.record.RecordKey;

/**
 * A source record made ready to compare, computed once per record: every value folded, parsed and
 * interned ({@link Lexicon} ids, packed dates, E.164 phones as longs, hashed emails), so that a pair
 * compares with int and long equality and no allocation. Arrays are never null and must not be modified.
 *
 * @param given        lexicon id (names) of the first given name, {@link Lexicon#NONE} if none
 * @param givenAlts    other given names the person goes by: middle names, preferred and previous given names
 * @param givenPhonetic Double Metaphone codes of {@code given} (0 when none)
 * @param givenRoot    packed code of the nickname head of {@code given}, the key to block on (0 when none)
 * @param family       lexicon id (names) of the whole family name, parts joined ("smithjones")
 * @param familyAlts   the parts of a multi-part family name and every other family name (maiden, previous)
 * @param flags        {@link #GIVEN_INITIAL}, {@link #GIVEN_WILDCARD}, {@link #FAMILY_WILDCARD}
 * @param generation   ordinal of {@code NameTokens.Generation} (0 none, 1 junior, 2 senior...)
 * @param dob          date of birth as yyyymmdd, unknown month or day as 00, 0 when missing
 * @param sex          0 unknown, 1 female, 2 male
 * @param nationalId   {@code NationalIds.pack} of the valid id, 0 when missing, invalid or generic
 * @param phones       E.164 digits, generic ones removed
 * @param emails       hashes of folded emails, generic ones removed
 * @param addresses    {@link #ADDRESS_STRIDE} lexicon ids (places) per address: postcode, house, street, town, flat
 * @param addressKeys  one hash per address naming the dwelling (0 when it has no house), for generic detection
 * @param genericMask  which fields held a value found generic ({@link #GENERIC_PHONE}...)
 */
public record PreparedRecord(
        RecordKey key,
        int given, int[] givenAlts, int givenPhonetic, int givenPhoneticAlt, int givenRoot,
        int family, int[] familyAlts, int familyPhonetic, int familyPhoneticAlt,
        byte flags, byte generation,
        int dob, byte sex, long nationalId,
        long[] phones, long[] emails, int[] addresses, long[] addressKeys,
        byte genericMask) {

    public static final int GIVEN_INITIAL = 1;
    public static final int GIVEN_WILDCARD = 2;
    public static final int FAMILY_WILDCARD = 4;

    public static final int GENERIC_ID = 1;
    public static final int GENERIC_PHONE = 2;
    public static final int GENERIC_EMAIL = 4;
    public static final int GENERIC_ADDRESS = 8;
    public static final int GENERIC_DOB = 16;

    public static final int ADDRESS_STRIDE = 5;
    public static final int POSTCODE = 0;
    public static final int HOUSE = 1;
    public static final int STREET = 2;
    public static final int TOWN = 3;
    public static final int FLAT = 4;

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public boolean hadGeneric(int mask) {
        return (genericMask & mask) != 0;
    }

    public int addressCount() {
        return addresses.length / ADDRESS_STRIDE;
    }

    public int address(int index, int part) {
        return addresses[index * ADDRESS_STRIDE + part];
    }

    public int birthYear() {
        return dob / 10000;
    }

    public int birthMonth() {
        return dob / 100 % 100;
    }

    public int birthDay() {
        return dob % 100;
    }

    public boolean hasFullDob() {
        return dob % 100 != 0;
    }

    /** A copy with another date of birth, phones, emails, id and addresses (generic values taken out). */
    public PreparedRecord withEvidence(int newDob, long newNationalId, long[] newPhones, long[] newEmails, int[] newAddresses,
                                       long[] newAddressKeys, byte newGenericMask) {
        return new PreparedRecord(key, given, givenAlts, givenPhonetic, givenPhoneticAlt, givenRoot, family, familyAlts,
                familyPhonetic, familyPhoneticAlt, flags, generation, newDob, sex, newNationalId, newPhones, newEmails,
                newAddresses, newAddressKeys, newGenericMask);
    }
}
