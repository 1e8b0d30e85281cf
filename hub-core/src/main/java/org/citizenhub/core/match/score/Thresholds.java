package org.citizenhub.core.match.score;

/**
 * Decision bounds on the match weight (log2 odds, prior included). {@code link}: at or above, two records
 * are one citizen. {@code possible}: at or above (and below {@code link}), the pair goes to review.
 * {@code clusterMean}: a record joins a cluster only if its mean weight against the cluster's records
 * reaches this, so a chain of good pairs cannot weld two people together.
 */
public record Thresholds(double link, double possible, double clusterMean) {

    public Thresholds {
        if (possible > link) {
            throw new IllegalArgumentException("the possible-match threshold " + possible
                    + " must not exceed the link threshold " + link);
        }
    }

    public static Thresholds standard() {
        return new Thresholds(6.0, 0.0, 0.0);
    }

    /** The probability that two records are one person, for a match weight. */
    public static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2, -weight));
    }
}
