package org.citizenhub.bench.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citizenhub.bench.metrics.PairwiseMetrics;
import org.citizenhub.bench.metrics.PairwiseScore;
import org.citizenhub.bench.population.SyntheticPopulation;
import org.citizenhub.bench.population.TestPopulations;
import org.citizenhub.core.record.RecordKey;
import org.junit.jupiter.api.Test;

class EnginesTest {

    private final SyntheticPopulation population = TestPopulations.small(5);

    @Test
    void baselineLinksOnlyOnStrongEvidence() {
        List<List<RecordKey>> clusters = new BaselineResolver().resolve(population.records());
        PairwiseScore score = PairwiseMetrics.score(clusters, population.truth());

        assertPartition(clusters);
        assertThat(score.precision()).isGreaterThan(0.98);
        assertThat(score.recall()).isBetween(0.5, 0.95); // exact rules miss every defect
    }

    @Test
    void dukeDeduplicatesTheSameRecords() {
        List<List<RecordKey>> clusters = new DukeResolver(new DukeSettings(0.99, 20, false, 1)).resolve(population.records());
        PairwiseScore score = PairwiseMetrics.score(clusters, population.truth());

        assertPartition(clusters);
        assertThat(score.precision()).isGreaterThan(0.9);
        assertThat(score.recall()).isGreaterThan(0.9);
    }

    @Test
    void unionFindGroupsTransitively() {
        UnionFind sets = new UnionFind(6);
        sets.union(0, 1);
        sets.union(1, 2);
        sets.union(4, 5);

        assertThat(sets.groups()).extracting(Set::copyOf)
                .containsExactlyInAnyOrder(Set.of(0, 1, 2), Set.of(3), Set.of(4, 5));
    }

    private void assertPartition(List<List<RecordKey>> clusters) {
        Set<RecordKey> seen = new HashSet<>();
        clusters.forEach(c -> c.forEach(k -> assertThat(seen.add(k)).as(k.toString()).isTrue()));
        assertThat(seen).hasSize(population.records().size());
    }
}
