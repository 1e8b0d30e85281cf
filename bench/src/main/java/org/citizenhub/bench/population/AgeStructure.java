package org.citizenhub.bench.population;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Ages in the shape of a present-day European population pyramid (five-year bands, ONS-like shares:
 * broad working ages, fewer children than in the 1960s, a long thinning tail past 80), and dates of
 * birth measured back from a fixed reference day so that the same seed always gives the same people.
 */
final class AgeStructure {

    /** The day the population is observed; fixed so that output never depends on the clock. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2025, 6, 30);

    /** Percent of people per five-year band, from 0-4 up to 95-99. */
    private static final double[] BAND_SHARES = {5.4, 5.9, 6.1, 5.8, 6.0, 6.5, 6.8, 6.6, 6.3, 6.5, 6.9, 6.9, 6.1, 5.3,
        5.0, 3.9, 2.6, 1.5, 0.7, 0.2};

    private AgeStructure() {
    }

    /** An age in whole years between {@code min} and {@code max} inclusive, following the pyramid. */
    static int age(SplittableRandom rng, int min, int max) {
        double total = 0;
        for (int age = min; age <= max; age++) {
            total += share(age);
        }
        double x = rng.nextDouble() * total;
        for (int age = min; age <= max; age++) {
            x -= share(age);
            if (x <= 0) {
                return age;
            }
        }
        return max;
    }

    /** A birth date for someone {@code age} years old on the reference day. */
    static LocalDate birthDate(SplittableRandom rng, int age) {
        return REFERENCE_DAY.minusYears(age).minusDays(rng.nextInt(365));
    }

    private static double share(int age) {
        int band = Math.min(age / 5, BAND_SHARES.length - 1);
        return BAND_SHARES[band] / 5.0;
    }
}
