package org.citizenhub.hub.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenhub.core.record.RecordKey;

/**
 * Which citizen each cluster of a batch resolution becomes, given the links that already exist, so that ids
 * once given out keep answering: a cluster keeps the existing citizen most of its linked records belong to
 * (a citizen is kept by one cluster only: the one holding most of its records, as a split keeps the id with
 * the larger part); other clusters get new citizens. A citizen no cluster keeps is {@code vacated}: it
 * redirects to the cluster holding most of its records once it has none left. Records a caseworker linked
 * count far above any number of automatic ones, so their citizen is kept where they are.
 */
final class LinkPlan {

    /** An existing link: the citizen and whether a caseworker made it. */
    record Existing(String citizenId, boolean manual) {
    }

    private static final int MANUAL_WEIGHT = 1_000_000;

    private final String[] kept;
    private final Map<String, Integer> vacated;

    private LinkPlan(String[] kept, Map<String, Integer> vacated) {
        this.kept = kept;
        this.vacated = vacated;
    }

    static LinkPlan of(List<List<RecordKey>> clusters, Map<RecordKey, Existing> existing) {
        String[] kept = new String[clusters.size()];
        if (existing.isEmpty()) {
            return new LinkPlan(kept, Map.of());
        }
        record Claim(int cluster, String citizen, int weight) {
        }
        List<Claim> claims = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            Map<String, Integer> weights = new LinkedHashMap<>();
            for (RecordKey key : clusters.get(c)) {
                Existing link = existing.get(key);
                if (link != null) {
                    weights.merge(link.citizenId(), link.manual() ? MANUAL_WEIGHT : 1, Integer::sum);
                }
            }
            int cluster = c;
            weights.forEach((citizen, weight) -> claims.add(new Claim(cluster, citizen, weight)));
        }
        claims.sort(Comparator.comparingInt((Claim claim) -> -claim.weight()).thenComparing(Claim::citizen)
                .thenComparingInt(Claim::cluster));
        Set<String> taken = new HashSet<>();
        Map<String, Integer> biggestShare = new HashMap<>();
        for (Claim claim : claims) {
            biggestShare.putIfAbsent(claim.citizen(), claim.cluster());
            if (kept[claim.cluster()] == null && !taken.contains(claim.citizen())) {
                kept[claim.cluster()] = claim.citizen();
                taken.add(claim.citizen());
            }
        }
        Map<String, Integer> vacated = new LinkedHashMap<>();
        biggestShare.forEach((citizen, cluster) -> {
            if (!taken.contains(citizen)) {
                vacated.put(citizen, cluster);
            }
        });
        return new LinkPlan(kept, vacated);
    }

    /** The existing citizen cluster {@code c} keeps, or null when it needs a new one. */
    String kept(int cluster) {
        return kept[cluster];
    }

    /** Existing citizens no cluster keeps, each with the cluster that holds most of its records. */
    Map<String, Integer> vacated() {
        return vacated;
    }
}
