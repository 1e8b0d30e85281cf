package org.citizenhub.bench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairwiseMetricsTest {

    /** Person A owns a1..a3, B owns b1 and b2, C owns c1: 3 + 1 = 4 true pairs. */
    private static final Map<String, String> TRUTH = Map.of("a1", "A", "a2", "A", "a3", "A", "b1", "B", "b2", "B", "c1", "C");

    @Test
    void perfectClusteringScoresOne() {
        PairwiseScore score = PairwiseMetrics.score(List.of(List.of("a1", "a2", "a3"), List.of("b1", "b2"), List.of("c1")), TRUTH);

        assertThat(score.truePairs()).isEqualTo(4);
        assertThat(score.predictedPairs()).isEqualTo(4);
        assertThat(score.correctPairs()).isEqualTo(4);
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.trueClusters()).isEqualTo(3);
        assertThat(score.predictedClusters()).isEqualTo(3);
    }

    @Test
    void mixedClusteringCountsOnlyPairsOfOnePersonAsCorrect() {
        PairwiseScore score = PairwiseMetrics.score(List.of(List.of("a1", "a2"), List.of("a3", "b1"), List.of("b2", "c1")), TRUTH);

        assertThat(score.predictedPairs()).isEqualTo(3);
        assertThat(score.correctPairs()).isEqualTo(1);
        assertThat(score.precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(score.recall()).isCloseTo(1.0 / 4, within(1e-12));
        assertThat(score.f1()).isCloseTo(2 * (1.0 / 3) * (1.0 / 4) / (1.0 / 3 + 1.0 / 4), within(1e-12));
        assertThat(score.falseMergePairs()).isEqualTo(2);
        assertThat(score.missedPairs()).isEqualTo(3);
    }

    @Test
    void oneClusterOfEverythingHasFullRecallAndLowPrecision() {
        PairwiseScore score = PairwiseMetrics.score(List.of(List.of("a1", "a2", "a3", "b1", "b2", "c1")), TRUTH);

        assertThat(score.predictedPairs()).isEqualTo(15);
        assertThat(score.precision()).isCloseTo(4.0 / 15, within(1e-12));
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.predictedClusters()).isEqualTo(1);
    }

    @Test
    void allSingletonsHavePerfectPrecisionAndNoRecall() {
        PairwiseScore score = PairwiseMetrics.score(List.of(List.of("a1"), List.of("a2"), List.of("a3"),
                List.of("b1"), List.of("b2"), List.of("c1")), TRUTH);

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(0.0);
        assertThat(score.f1()).isEqualTo(0.0);
    }

    @Test
    void recordsLeftOutAreSingletonsAndUnknownRecordsAreIgnored() {
        PairwiseScore score = PairwiseMetrics.score(List.of(List.of("a1", "a2", "zz"), List.of("b1", "b2")), TRUTH);

        assertThat(score.records()).isEqualTo(6);
        assertThat(score.predictedPairs()).isEqualTo(2);
        assertThat(score.correctPairs()).isEqualTo(2);
        assertThat(score.recall()).isCloseTo(2.0 / 4, within(1e-12));
        assertThat(score.predictedClusters()).isEqualTo(4); // {a1,a2}, {b1,b2}, a3, c1
    }

    @Test
    void aRecordInTwoClustersIsRejected() {
        assertThatThrownBy(() -> PairwiseMetrics.score(List.of(List.of("a1", "a2"), List.of("a2", "a3")), TRUTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a2");
    }

    @Test
    void aHugeClusterIsCountedWithoutEnumeratingPairs() {
        int n = 300_000;
        Map<Integer, String> truth = new HashMap<>();
        List<Integer> everything = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            truth.put(i, "P" + (i % 3));
            everything.add(i);
        }
        long start = System.nanoTime();
        PairwiseScore score = PairwiseMetrics.score(List.of(everything), truth);
        long millis = (System.nanoTime() - start) / 1_000_000;

        long perPerson = n / 3;
        assertThat(score.predictedPairs()).isEqualTo((long) n * (n - 1) / 2);
        assertThat(score.correctPairs()).isEqualTo(3 * (perPerson * (perPerson - 1) / 2));
        assertThat(score.truePairs()).isEqualTo(score.correctPairs());
        assertThat(millis).isLessThan(5_000);
    }
}
