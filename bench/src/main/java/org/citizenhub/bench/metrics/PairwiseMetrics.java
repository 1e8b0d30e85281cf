package org.citizenhub.bench.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts pairs without enumerating them: a group of n records holds n(n-1)/2 pairs, so predicted pairs
 * come from cluster sizes, true pairs from person sizes, and correct pairs from the sizes of the
 * (cluster, person) intersections, found by sorting each cluster's person labels. Linear in the
 * records, whatever the cluster sizes.
 */
public final class PairwiseMetrics {

    private PairwiseMetrics() {
    }

    /**
     * Scores clusters of record keys against a truth of record key to person. Keys the truth does not know
     * are ignored; records the clusters leave out count as clusters of one.
     *
     * @throws IllegalArgumentException when a record is in two clusters
     */
    public static <K> PairwiseScore score(List<? extends List<K>> clusters, Map<K, String> truth) {
        Map<String, Integer> personLabels = new HashMap<>();
        Map<K, Integer> labelOf = new HashMap<>(truth.size() * 2);
        truth.forEach((key, person) -> labelOf.put(key, personLabels.computeIfAbsent(person, p -> personLabels.size())));
        long[] personSizes = new long[personLabels.size()];
        labelOf.values().forEach(label -> personSizes[label]++);

        Map<K, Boolean> seen = new HashMap<>(truth.size() * 2);
        long predictedPairs = 0;
        long correctPairs = 0;
        long clustered = 0;
        long predictedClusters = 0;
        for (List<K> cluster : clusters) {
            int[] labels = new int[cluster.size()];
            int n = 0;
            for (K key : cluster) {
                Integer label = labelOf.get(key);
                if (label == null) {
                    continue;
                }
                if (seen.put(key, Boolean.TRUE) != null) {
                    throw new IllegalArgumentException("record " + key + " is in more than one cluster");
                }
                labels[n++] = label;
            }
            if (n == 0) {
                continue;
            }
            predictedClusters++;
            clustered += n;
            predictedPairs += pairs(n);
            correctPairs += pairsWithinRuns(labels, n);
        }
        predictedClusters += labelOf.size() - clustered; // records left out are clusters of one
        long truePairs = 0;
        for (long size : personSizes) {
            truePairs += pairs(size);
        }
        return new PairwiseScore(labelOf.size(), truePairs, predictedPairs, correctPairs, personSizes.length,
                predictedClusters);
    }

    static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static long pairsWithinRuns(int[] labels, int n) {
        Arrays.sort(labels, 0, n);
        long sum = 0;
        int run = 1;
        for (int i = 1; i <= n; i++) {
            if (i < n && labels[i] == labels[i - 1]) {
                run++;
            } else {
                sum += pairs(run);
                run = 1;
            }
        }
        return sum;
    }
}
