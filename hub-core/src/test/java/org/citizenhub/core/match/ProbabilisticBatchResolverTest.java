package org.citizenhub.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citizenhub.core.match.score.ModelJson;
import org.citizenhub.core.record.RecordKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProbabilisticBatchResolverTest {

    private static SmallPopulation.Population population;
    private static BatchResult result;

    @BeforeAll
    static void resolve() {
        population = SmallPopulation.generate(2000, 11);
        result = new ProbabilisticBatchResolver(MatchSettings.standard().withThreads(2)).resolveDetailed(population.records());
    }

    @Test
    void everyRecordIsInExactlyOneCluster() {
        assertThat(result.clusters().stream().mapToInt(List::size).sum()).isEqualTo(population.records().size());
        assertThat(result.clusters().stream().flatMap(List::stream).distinct().count()).isEqualTo(population.records().size());
    }

    @Test
    void pairwisePrecisionAndRecallAreHigh() {
        Map<RecordKey, Integer> person = new HashMap<>();
        for (int i = 0; i < population.records().size(); i++) {
            person.put(population.records().get(i).key(), population.personOf()[i]);
        }
        long predicted = 0;
        long correct = 0;
        for (List<RecordKey> cluster : result.clusters()) {
            for (int i = 0; i < cluster.size(); i++) {
                for (int j = i + 1; j < cluster.size(); j++) {
                    predicted++;
                    correct += person.get(cluster.get(i)).equals(person.get(cluster.get(j))) ? 1 : 0;
                }
            }
        }
        double precision = correct / (double) predicted;
        double recall = correct / (double) population.truePairs();

        assertThat(precision).isGreaterThan(0.99);
        assertThat(recall).isGreaterThan(0.9);
    }

    @Test
    void theModelLearntIsReusableForTheSameData() {
        BatchResult again = new ProbabilisticBatchResolver(MatchSettings.standard(), ModelJson.read(ModelJson.write(result.model())))
                .resolveDetailed(population.records());

        assertThat(again.clusters().size()).isEqualTo(result.clusters().size());
    }

    @Test
    void countsAndTimingsAreReported() {
        assertThat(result.counts()).containsKeys("records", "clusters", "candidatePairs", "merges", "possibleMatches");
        assertThat(result.millis()).containsKeys("prepare", "train", "blockAndScore", "cluster");
        assertThat(new ProbabilisticBatchResolver().resolve(List.of())).isEmpty();
    }
}
