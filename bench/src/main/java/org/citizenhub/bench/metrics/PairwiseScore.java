package org.citizenhub.bench.metrics;

/**
 * Pairwise quality of a clustering against the truth. A pair is two records; it is predicted when a
 * cluster holds both, true when one person owns both. Precision: share of predicted pairs that are true;
 * recall: share of true pairs that are predicted. Counts are over the records the truth knows.
 *
 * @param records records scored
 * @param truePairs pairs of records of one person
 * @param predictedPairs pairs of records in one cluster
 * @param correctPairs pairs that are both
 * @param trueClusters people with at least one record
 * @param predictedClusters clusters
 */
public record PairwiseScore(long records, long truePairs, long predictedPairs, long correctPairs, long trueClusters,
        long predictedClusters) {

    public double precision() {
        return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Pairs wrongly put together: the privacy failures. */
    public long falseMergePairs() {
        return predictedPairs - correctPairs;
    }

    /** Pairs of one person left apart: the citizen who has to repeat themselves. */
    public long missedPairs() {
        return truePairs - correctPairs;
    }
}
