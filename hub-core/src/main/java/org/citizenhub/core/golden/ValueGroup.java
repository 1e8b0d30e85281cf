package org.citizenhub.core.golden;

import java.time.Instant;
import java.util.List;

/**
 * One distinct value of a field with the claims of every record holding it, best claim first, and the
 * figures the survivorship rules compare: best trust rank, latest update, number of records.
 */
record ValueGroup<T>(String key, List<Claim<T>> claims, int tier, int bestTrustRank, Instant latestUpdate,
        Claim<T> firstByIdentity) {

    static <T> ValueGroup<T> of(String key, List<Claim<T>> rankedClaims, int tier, FieldPolicy policy) {
        int bestTrust = Integer.MAX_VALUE;
        Instant latest = null;
        Claim<T> first = null;
        for (Claim<T> claim : rankedClaims) {
            bestTrust = Math.min(bestTrust, policy.trustRank(claim.sourceId()));
            if (claim.updatedAt() != null && (latest == null || claim.updatedAt().isAfter(latest))) {
                latest = claim.updatedAt();
            }
            if (first == null || RankOrder.IDENTITY.compare(claim, first) < 0) {
                first = claim;
            }
        }
        return new ValueGroup<>(key, List.copyOf(rankedClaims), tier, bestTrust, latest, first);
    }

    /** The value shown for the group: as written by its best-ranked record. */
    T value() {
        return claims.get(0).value();
    }

    int recordCount() {
        return claims.size();
    }

    SourcedValue<T> toSourcedValue() {
        return new SourcedValue<>(value(), claims.stream().map(Claim::provenance).toList(), recordCount());
    }
}
