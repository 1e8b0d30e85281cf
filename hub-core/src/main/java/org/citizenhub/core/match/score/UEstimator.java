package org.citizenhub.core.match.score;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.citizenhub.core.match.compare.Field;
import org.citizenhub.core.match.compare.FieldComparators;
import org.citizenhub.core.match.prepare.PeopleCounts;
import org.citizenhub.core.match.prepare.PreparedRecord;

/**
 * Estimates u, the probability of each level among two people, from random pairs of the population
 * (almost all of which are two people). Exact agreement is too rare to sample well for ids, phones,
 * emails, names and dates of birth, so its u is computed from the value counts instead: the chance that
 * two random records holding the field share the value.
 */
final class UEstimator {

    private final FieldComparators comparators;

    UEstimator(FieldComparators comparators) {
        this.comparators = comparators;
    }

    /** u per field and level, normalised over the non-neutral levels; {@code sampled} receives the pair count. */
    double[][] estimate(List<PreparedRecord> records, int samples, long seed, long[] sampled) {
        Field[] fields = Field.all();
        long[][] counts = new long[fields.length][];
        for (Field field : fields) {
            counts[field.ordinal()] = new long[field.levelCount()];
        }
        int n = records.size();
        long allPairs = (long) n * (n - 1) / 2;
        long pairs = 0;
        if (n >= 2 && allPairs <= samples) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    count(records.get(i), records.get(j), counts);
                    pairs++;
                }
            }
        } else if (n >= 2) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int s = 0; s < samples; s++) {
                int i = random.nextInt(n);
                int j = random.nextInt(n - 1);
                if (j >= i) {
                    j++;
                }
                count(records.get(i), records.get(j), counts);
                pairs++;
            }
        }
        sampled[0] = pairs;
        double[][] u = new double[fields.length][];
        for (Field field : fields) {
            u[field.ordinal()] = normalise(counts[field.ordinal()], field);
        }
        exact(u, Field.NATIONAL_ID, collisionRate(records, r -> r.nationalId() == 0 ? new long[0] : new long[] {r.nationalId()}));
        exact(u, Field.PHONE, collisionRate(records, PreparedRecord::phones));
        exact(u, Field.EMAIL, collisionRate(records, PreparedRecord::emails));
        exact(u, Field.GIVEN_NAME, collisionRate(records, r -> r.given() < 0 ? new long[0] : new long[] {r.given()}));
        exact(u, Field.FAMILY_NAME, collisionRate(records, r -> r.family() < 0 ? new long[0] : new long[] {r.family()}));
        exact(u, Field.DATE_OF_BIRTH, collisionRate(records, r -> r.hasFullDob() ? new long[] {r.dob()} : new long[0]));
        return u;
    }

    private void count(PreparedRecord a, PreparedRecord b, long[][] counts) {
        for (int f = 0; f < counts.length; f++) {
            counts[f][comparators.compare(f, a, b)]++;
        }
    }

    /** Levels' shares among non-neutral outcomes, with half a pair added to each so none is 0. */
    private static double[] normalise(long[] counts, Field field) {
        double[] u = new double[counts.length];
        double total = 0;
        for (int l = 0; l < counts.length; l++) {
            if (!field.isNeutral(l)) {
                u[l] = counts[l] + 0.5;
                total += u[l];
            }
        }
        for (int l = 0; l < counts.length; l++) {
            u[l] = field.isNeutral(l) ? 0 : u[l] / total;
        }
        return u;
    }

    /** Replaces the exact level's u by a computed rate, rescaling the other non-neutral levels to keep the sum 1. */
    private static void exact(double[][] u, Field field, double rate) {
        if (Double.isNaN(rate)) {
            return;
        }
        double[] levels = u[field.ordinal()];
        double others = 0;
        for (int l = 1; l < levels.length; l++) {
            others += field.isNeutral(l) ? 0 : levels[l];
        }
        rate = Math.max(rate, 1e-9);
        for (int l = 1; l < levels.length; l++) {
            if (!field.isNeutral(l) && others > 0) {
                levels[l] = levels[l] / others * (1 - rate);
            }
        }
        levels[0] = rate;
    }

    /**
     * The chance that two different people holding the field share a value: sum s(s-1) / h(h-1) over
     * values held by s distinct people, h people-values in all. Counting people, not records, keeps one
     * person's duplicate registrations out of u (for a national id they would otherwise dominate it).
     * At least 0.1/h; NaN when too few hold the field.
     */
    private static double collisionRate(List<PreparedRecord> records, Function<PreparedRecord, long[]> values) {
        double[] sums = new double[2];
        PeopleCounts.scan(records, values, false, (value, people, count) -> {
            sums[0] += (double) people * (people - 1);
            sums[1] += people;
        });
        double holders = sums[1];
        if (holders < 2) {
            return Double.NaN;
        }
        return Math.max(0.1 / holders, sums[0] / (holders * (holders - 1)));
    }
}
