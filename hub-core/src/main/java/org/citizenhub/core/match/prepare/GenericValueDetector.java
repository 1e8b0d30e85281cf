package org.citizenhub.core.match.prepare;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Finds {@link GenericValues} in a population: a value (national id, phone, email, dwelling) held by more
 * distinct people than a bound, where a "person" is told apart by a rough signature (phonetic given and
 * family name, in either order, and birth year), so that one person's duplicate records count once. No
 * hand list: a council switchboard or a care home shows itself by the number of people behind it.
 */
public final class GenericValueDetector {

    private static final int SIGNATURE_BITS = 24;
    private static final long SIGNATURE_MASK = (1L << SIGNATURE_BITS) - 1;

    /** More distinct people than these bounds make a value generic. */
    public record Bounds(int nationalId, int phone, int email, int address) {

        public static Bounds standard() {
            return new Bounds(3, 8, 5, 10);
        }
    }

    private final Bounds bounds;

    public GenericValueDetector(Bounds bounds) {
        this.bounds = bounds;
    }

    public GenericValues detect(List<PreparedRecord> records) {
        return new GenericValues(
                find(records, r -> r.nationalId() == 0 ? new long[0] : new long[] {r.nationalId()}, bounds.nationalId()),
                find(records, PreparedRecord::phones, bounds.phone()),
                find(records, PreparedRecord::emails, bounds.email()),
                find(records, PreparedRecord::addressKeys, bounds.address()));
    }

    /** A rough "which person" hash: names in either order (swaps count once) and birth year. */
    public static long signature(PreparedRecord record) {
        long given = record.givenRoot() != 0 ? record.givenRoot() : record.givenPhonetic();
        long family = record.familyPhonetic();
        return Hashing.combine(Math.min(given, family), Math.max(given, family), record.birthYear());
    }

    private static LongSet find(List<PreparedRecord> records, Function<PreparedRecord, long[]> values, int bound) {
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
                    packed[n++] = (Hashing.mix(value) & ~SIGNATURE_MASK) | signature;
                }
            }
        }
        Arrays.parallelSort(packed, 0, n);
        long[] genericPrefixes = new long[16];
        int generic = 0;
        int start = 0;
        while (start < n) {
            long prefix = packed[start] & ~SIGNATURE_MASK;
            int end = start;
            int distinct = 0;
            while (end < n && (packed[end] & ~SIGNATURE_MASK) == prefix) {
                if (end == start || packed[end] != packed[end - 1]) {
                    distinct++;
                }
                end++;
            }
            if (distinct > bound) {
                if (generic == genericPrefixes.length) {
                    genericPrefixes = Arrays.copyOf(genericPrefixes, generic * 2);
                }
                genericPrefixes[generic++] = prefix;
            }
            start = end;
        }
        if (generic == 0) {
            return LongSet.empty();
        }
        LongSet prefixes = LongSet.of(Arrays.copyOf(genericPrefixes, generic));
        long[] found = records.stream().flatMapToLong(r -> Arrays.stream(values.apply(r)))
                .filter(v -> v != 0 && prefixes.contains(Hashing.mix(v) & ~SIGNATURE_MASK))
                .distinct().toArray();
        return LongSet.of(found);
    }
}
