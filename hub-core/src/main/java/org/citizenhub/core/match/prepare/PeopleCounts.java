package org.citizenhub.core.match.prepare;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Counts, for every value of a field, how many distinct people hold it, where a person is told apart
 * by a rough signature (phonetic given and family name in either order, and birth year), so that one
 * person's duplicate registrations count once. The basis of generic-value detection, of term
 * frequencies and of u for exact agreement: all three are about how many other people share a value.
 */
public final class PeopleCounts {

    private static final int SIGNATURE_BITS = 24;
    private static final long SIGNATURE_MASK = (1L << SIGNATURE_BITS) - 1;
    /** Values below this fit exactly above the signature bits. */
    public static final long EXACT_LIMIT = 1L << (63 - SIGNATURE_BITS);

    /** Receives each value with its number of distinct people and of records. */
    @FunctionalInterface
    public interface Consumer {
        void accept(long value, int people, int records);
    }

    private PeopleCounts() {
    }

    /** A rough "which person" hash: names in either order (swaps count once) and birth year. */
    public static long signature(PreparedRecord record) {
        long given = record.givenRoot() != 0 ? record.givenRoot() : record.givenPhonetic();
        long family = record.familyPhonetic();
        return Hashing.combine(Math.min(given, family), Math.max(given, family), record.birthYear());
    }

    /**
     * Calls {@code consumer} once per distinct value. With {@code exact}, values must be non-negative and
     * below {@link #EXACT_LIMIT} and are passed as they are; otherwise each value is passed as a 40-bit
     * hash prefix (use {@link #prefix(long)} to match a value to it). Value 0 is no value.
     */
    public static void scan(List<PreparedRecord> records, Function<PreparedRecord, long[]> values, boolean exact,
                            Consumer consumer) {
        int total = 0;
        for (PreparedRecord record : records) {
            total += values.apply(record).length;
        }
        long[] packed = new long[total];
        int n = 0;
        for (PreparedRecord record : records) {
            long signature = signature(record) & SIGNATURE_MASK;
            for (long value : values.apply(record)) {
                if (value != 0) {
                    packed[n++] = (exact ? value << SIGNATURE_BITS : prefix(value)) | signature;
                }
            }
        }
        Arrays.parallelSort(packed, 0, n);
        for (int start = 0, end; start < n; start = end) {
            long key = packed[start] & ~SIGNATURE_MASK;
            int people = 0;
            end = start;
            while (end < n && (packed[end] & ~SIGNATURE_MASK) == key) {
                if (end == start || packed[end] != packed[end - 1]) {
                    people++;
                }
                end++;
            }
            consumer.accept(exact ? key >>> SIGNATURE_BITS : key, people, end - start);
        }
    }

    /** The 40-bit hash prefix a non-exact scan reports for {@code value}. */
    public static long prefix(long value) {
        return Hashing.mix(value) & ~SIGNATURE_MASK;
    }

    /** The number of distinct signatures in the population: an estimate of how many people it holds. */
    public static int people(List<PreparedRecord> records) {
        long[] signatures = new long[records.size()];
        for (int i = 0; i < signatures.length; i++) {
            signatures[i] = signature(records.get(i));
        }
        Arrays.parallelSort(signatures);
        int distinct = 0;
        for (int i = 0; i < signatures.length; i++) {
            if (i == 0 || signatures[i] != signatures[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }
}
