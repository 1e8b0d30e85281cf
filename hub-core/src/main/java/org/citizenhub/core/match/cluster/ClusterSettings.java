package org.citizenhub.core.match.cluster;

/**
 * Bounds of cluster growth beyond the pair thresholds. {@code minPairWeight}: no pair inside a cluster
 * may score below this (decidedly two people). {@code maxCrossPairs}: at most this many record pairs are
 * scored to decide one merge; {@code maxClusterSize}: a cluster never grows past this many records.
 */
public record ClusterSettings(double minPairWeight, int maxCrossPairs, int maxClusterSize) {

    public static ClusterSettings standard() {
        return new ClusterSettings(-12, 2_500, 500);
    }
}
