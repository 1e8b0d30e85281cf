package org.citizenhub.core.match.prepare;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Finds {@link GenericValues} in a population: a value (national id, phone, email, dwelling) held by more
 * distinct people ({@link PeopleCounts}) than a bound. Dates of birth are judged against their own
 * population: a date shared by many times more people than the average date (a placeholder such as
 * 1900-01-01) is generic. No hand list: a council switchboard or a care home shows itself by the number
 * of people behind it.
 */
public final class GenericValueDetector {

    /**
     * More distinct people than these bounds make a value generic; a date of birth is generic when it
     * has more than {@code birthDateFactor} times the mean number of people per date (and at least 20).
     */
    public record Bounds(int nationalId, int phone, int email, int address, int birthDateFactor) {

        public static Bounds standard() {
            return new Bounds(3, 8, 5, 10, 10);
        }
    }

    private static final int MIN_GENERIC_BIRTH_DATE_PEOPLE = 20;

    private final Bounds bounds;

    public GenericValueDetector(Bounds bounds) {
        this.bounds = bounds;
    }

    public GenericValues detect(List<PreparedRecord> records) {
        return new GenericValues(
                find(records, r -> r.nationalId() == 0 ? new long[0] : new long[] {r.nationalId()}, bounds.nationalId()),
                find(records, PreparedRecord::phones, bounds.phone()),
                find(records, PreparedRecord::emails, bounds.email()),
                find(records, PreparedRecord::addressKeys, bounds.address()),
                birthDates(records));
    }

    private static LongSet find(List<PreparedRecord> records, Function<PreparedRecord, long[]> values, int bound) {
        LongList prefixes = new LongList();
        PeopleCounts.scan(records, values, false, (prefix, people, count) -> {
            if (people > bound) {
                prefixes.add(prefix);
            }
        });
        if (prefixes.size == 0) {
            return LongSet.empty();
        }
        LongSet generic = LongSet.of(prefixes.toArray());
        long[] found = records.stream().flatMapToLong(r -> Arrays.stream(values.apply(r)))
                .filter(v -> v != 0 && generic.contains(PeopleCounts.prefix(v)))
                .distinct().toArray();
        return LongSet.of(found);
    }

    private LongSet birthDates(List<PreparedRecord> records) {
        Function<PreparedRecord, long[]> dates = r -> r.hasFullDob() ? new long[] {r.dob()} : new long[0];
        long[] totals = new long[2];
        PeopleCounts.scan(records, dates, true, (date, people, count) -> {
            totals[0] += people;
            totals[1]++;
        });
        if (totals[1] == 0) {
            return LongSet.empty();
        }
        double bound = Math.max(MIN_GENERIC_BIRTH_DATE_PEOPLE, bounds.birthDateFactor() * (double) totals[0] / totals[1]);
        LongList generic = new LongList();
        PeopleCounts.scan(records, dates, true, (date, people, count) -> {
            if (people > bound) {
                generic.add(date);
            }
        });
        return LongSet.of(generic.toArray());
    }

    private static final class LongList {
        private long[] values = new long[8];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
