package org.citizenhub.core.match.block;

import org.citizenhub.core.match.prepare.Hashing;
import org.citizenhub.core.match.prepare.Lexicon;
import org.citizenhub.core.match.prepare.Lexicons;
import org.citizenhub.core.match.prepare.PreparedRecord;

/**
 * The keys of a prepared record under each {@link BlockingRule}, as well-spread non-zero longs (the
 * rule is part of the key, so two rules never share one). Keys are built from stable hashes and codes,
 * never from lexicon ids, so a key stored by the hub keeps its meaning after a restart. Generic values
 * were already taken out of the record, so they are never keys.
 */
public final class BlockingKeys {

    /** Receives keys one at a time: no arrays are built per record. */
    @FunctionalInterface
    public interface KeySink {
        void accept(long key);
    }

    private static final int MAX_ALTERNATIVES = 4;

    private final Lexicon names;
    private final Lexicon places;

    public BlockingKeys(Lexicons lexicons) {
        this.names = lexicons.names();
        this.places = lexicons.places();
    }

    public void keys(BlockingRule rule, PreparedRecord r, KeySink sink) {
        long salt = rule.ordinal() + 1L;
        switch (rule) {
            case NATIONAL_ID -> emit(sink, salt, r.nationalId());
            case DOB_FAMILY -> {
                if (r.hasFullDob()) {
                    emit(sink, salt, r.dob(), r.familyPhonetic());
                    int[] alts = r.familyAlts();
                    for (int i = 0; i < Math.min(MAX_ALTERNATIVES, alts.length); i++) {
                        emit(sink, salt, r.dob(), names.term(alts[i]).phonetic());
                    }
                }
            }
            case DOB_GIVEN -> {
                if (r.hasFullDob()) {
                    emit(sink, salt, r.dob(), r.givenRoot());
                    int[] alts = r.givenAlts();
                    for (int i = 0; i < Math.min(MAX_ALTERNATIVES, alts.length); i++) {
                        emit(sink, salt, r.dob(), names.term(alts[i]).root());
                    }
                }
            }
            case YEAR_FAMILY_INITIAL -> {
                if (r.dob() != 0 && r.given() != Lexicon.NONE) {
                    long initialAndYear = r.birthYear() * 128L + names.term(r.given()).text().charAt(0);
                    emit(sink, salt, initialAndYear, text(names, r.family()));
                    int[] alts = r.familyAlts();
                    for (int i = 0; i < Math.min(MAX_ALTERNATIVES, alts.length); i++) {
                        emit(sink, salt, initialAndYear, text(names, alts[i]));
                    }
                }
            }
            case POSTCODE_GIVEN -> {
                if (r.givenRoot() != 0) {
                    for (int i = 0; i < r.addressCount(); i++) {
                        int postcode = r.address(i, PreparedRecord.POSTCODE);
                        if (postcode != Lexicon.NONE) {
                            emit(sink, salt, text(places, postcode), r.givenRoot());
                        }
                    }
                }
            }
            case PHONE -> {
                for (long phone : r.phones()) {
                    emit(sink, salt, phone);
                }
            }
            case EMAIL -> {
                for (long email : r.emails()) {
                    emit(sink, salt, email);
                }
            }
            case NAMES_YEAR -> {
                if (r.dob() != 0 && r.givenRoot() != 0 && r.familyPhonetic() != 0) {
                    long low = Math.min(r.givenPhonetic(), r.familyPhonetic());
                    long high = Math.max(r.givenPhonetic(), r.familyPhonetic());
                    sink.accept(key(salt, Hashing.combine(low, high, r.birthYear())));
                }
            }
            case DOB_POSTCODE -> {
                if (r.hasFullDob()) {
                    for (int i = 0; i < r.addressCount(); i++) {
                        int postcode = r.address(i, PreparedRecord.POSTCODE);
                        if (postcode != Lexicon.NONE) {
                            emit(sink, salt, r.dob(), text(places, postcode));
                        }
                    }
                }
            }
            default -> throw new IllegalStateException("no keys for " + rule);
        }
    }

    /** A secondary order inside a block too large to compare in full: records with like names sit together. */
    public static long sortKey(PreparedRecord r) {
        return ((long) r.familyPhonetic() << 32) | (r.givenPhonetic() & 0xFFFFFFFFL);
    }

    private static void emit(KeySink sink, long salt, long value) {
        if (value != 0) {
            sink.accept(key(salt, value));
        }
    }

    private static void emit(KeySink sink, long salt, long first, long second) {
        if (first != 0 && second != 0) {
            sink.accept(key(salt, Hashing.combine(first, second)));
        }
    }

    /** A value's stable hash: lexicon ids differ from one process to the next, keys must not. */
    private static long text(Lexicon lexicon, int id) {
        return id == Lexicon.NONE ? 0 : lexicon.term(id).hash();
    }

    private static long key(long salt, long value) {
        return Hashing.combine(salt, value);
    }
}
