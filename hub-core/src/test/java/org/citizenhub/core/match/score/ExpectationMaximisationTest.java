package org.citizenhub.core.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.citizenhub.core.match.compare.Field;
import org.junit.jupiter.api.Test;

/** EM on level vectors drawn from known m and u: it must find m back without labels. */
class ExpectationMaximisationTest {

    @Test
    void learnsMFromUnlabelledPairs() {
        int fields = Field.count();
        MatchModel defaults = DefaultModel.create();
        double[][] m = new double[fields][];
        double[][] u = new double[fields][];
        for (Field field : Field.all()) {
            m[field.ordinal()] = defaults.field(field).m();
            u[field.ordinal()] = defaults.field(field).u();
        }
        // the data: 20% matches; date of birth agrees exactly in 90% of matches and 0.5% of non-matches
        int dob = Field.DATE_OF_BIRTH.ordinal();
        double[][] dataM = m.clone();
        double[][] dataU = u.clone();
        dataM[dob] = new double[] {0.9, 0.02, 0.03, 0.01, 0.02, 0.02, 0};
        dataU[dob] = new double[] {0.005, 0.001, 0.01, 0.002, 0.01, 0.972, 0};
        int pairs = 20_000;
        byte[] levels = new byte[pairs * fields];
        SplittableRandom random = new SplittableRandom(3);
        for (int p = 0; p < pairs; p++) {
            boolean match = random.nextDouble() < 0.2;
            for (int f = 0; f < fields; f++) {
                levels[p * fields + f] = (byte) draw(match ? dataM[f] : dataU[f], random);
            }
        }
        double[][] start = new double[fields][];
        for (int f = 0; f < fields; f++) {
            start[f] = m[f].clone();
        }
        start[dob] = new double[] {0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0};

        ExpectationMaximisation.Result result = new ExpectationMaximisation(100, 1e-6)
                .run(levels, pairs, new boolean[fields], start, dataU, 0.5);

        assertThat(result.converged()).isTrue();
        assertThat(result.lambda()).isBetween(0.17, 0.23);
        assertThat(result.m()[dob][0]).isBetween(0.85, 0.95).isGreaterThan(dataU[dob][0]);
    }

    private static int draw(double[] probabilities, SplittableRandom random) {
        double x = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            sum += probabilities[i];
            if (x < sum) {
                return i;
            }
        }
        int last = probabilities.length - 1;
        while (probabilities[last] == 0) {
            last--;
        }
        return last;
    }
}
