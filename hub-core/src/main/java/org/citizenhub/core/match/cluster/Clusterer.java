package org.citizenhub.core.match.cluster;

import java.util.List;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.match.score.Scorer;
import org.citizenhub.core.match.score.Thresholds;

/**
 * Turns scored pairs into clusters without naive transitive closure. Pairs are taken from the highest
 * score down; a pair at or above the link threshold merges its two clusters only when
 * <ul>
 *   <li>no record of one cluster {@link Conflicts conflicts} with a record of the other, and</li>
 *   <li>the mean match weight over all cross pairs reaches {@link Thresholds#clusterMean()} and none
 *       falls below {@link ClusterSettings#minPairWeight()}, so a chain of good pairs cannot weld
 *       two people together.</li>
 * </ul>
 * Refused merges and pairs between the two thresholds become possible matches for review. Nothing here
 * assumes one record per source: duplicates within a source merge like any other pair.
 */
public final class Clusterer {

    /** Clusters as a label per record, and the possible-match pairs left between clusters. */
    public record Result(int[] clusterOf, ScoredPairs possibleMatches, long merges, long refusedByConflict,
                         long refusedByLinkage) {
    }

    private final Scorer scorer;
    private final Conflicts conflicts;
    private final Thresholds thresholds;
    private final ClusterSettings settings;

    public Clusterer(Scorer scorer, Conflicts conflicts, Thresholds thresholds, ClusterSettings settings) {
        this.scorer = scorer;
        this.conflicts = conflicts;
        this.thresholds = thresholds;
        this.settings = settings;
    }

    public Result cluster(List<PreparedRecord> records, ScoredPairs pairs) {
        int n = records.size();
        int[] parent = new int[n];
        int[] size = new int[n];
        int[] next = new int[n];
        int[] tail = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            next[i] = -1;
            tail[i] = i;
        }
        ScoredPairs review = new ScoredPairs();
        long merges = 0;
        long conflicted = 0;
        long weak = 0;
        for (int p : pairs.byScoreDescending()) {
            float score = pairs.score(p);
            if (score < thresholds.possible()) {
                break;
            }
            int ra = find(parent, pairs.first(p));
            int rb = find(parent, pairs.second(p));
            if (ra == rb) {
                continue;
            }
            if (score < thresholds.link()) {
                review.add(pairs.first(p), pairs.second(p), score);
                continue;
            }
            Decision decision = decide(records, ra, rb, size, next);
            if (decision == Decision.MERGE) {
                int big = size[ra] >= size[rb] ? ra : rb;
                int small = big == ra ? rb : ra;
                parent[small] = big;
                size[big] += size[small];
                next[tail[big]] = small;
                tail[big] = tail[small];
                merges++;
            } else {
                review.add(pairs.first(p), pairs.second(p), score);
                if (decision == Decision.CONFLICT) {
                    conflicted++;
                } else {
                    weak++;
                }
            }
        }
        int[] clusterOf = new int[n];
        for (int i = 0; i < n; i++) {
            clusterOf[i] = find(parent, i);
        }
        ScoredPairs open = new ScoredPairs();
        for (int p = 0; p < review.size(); p++) {
            if (clusterOf[review.first(p)] != clusterOf[review.second(p)]) {
                open.add(review.first(p), review.second(p), review.score(p));
            }
        }
        return new Result(clusterOf, open, merges, conflicted, weak);
    }

    private enum Decision { MERGE, CONFLICT, WEAK }

    /** Whether clusters ra and rb may merge: no conflict, strong enough mean linkage, no decidedly different pair. */
    private Decision decide(List<PreparedRecord> records, int ra, int rb, int[] size, int[] next) {
        if (size[ra] + size[rb] > settings.maxClusterSize()) {
            return Decision.WEAK;
        }
        long crossPairs = (long) size[ra] * size[rb];
        int stride = (int) Math.max(1, crossPairs / settings.maxCrossPairs());
        double sum = 0;
        int scored = 0;
        long k = 0;
        for (int x = ra; x != -1; x = next[x]) {
            PreparedRecord a = records.get(x);
            for (int y = rb; y != -1; y = next[y], k++) {
                PreparedRecord b = records.get(y);
                if (conflicts.between(a, b) != Conflict.NONE) {
                    return Decision.CONFLICT;
                }
                if (k % stride != 0) {
                    continue;
                }
                double weight = scorer.score(a, b);
                if (weight < settings.minPairWeight()) {
                    return Decision.WEAK;
                }
                sum += weight;
                scored++;
            }
        }
        return sum / Math.max(1, scored) >= thresholds.clusterMean() ? Decision.MERGE : Decision.WEAK;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
