package org.citizenhub.core.golden;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Groups a field's claims into distinct values and ranks them by the field's policy and tiering. */
final class FieldRanker {

    private FieldRanker() {
    }

    static <T> List<SourcedValue<T>> rank(List<Claim<T>> claims, FieldPolicy policy, Tiering<T> tiering) {
        if (claims.isEmpty()) {
            return List.of();
        }
        Map<String, List<Claim<T>>> byKey = new HashMap<>();
        for (Claim<T> claim : claims) {
            byKey.computeIfAbsent(claim.key(), k -> new ArrayList<>(2)).add(claim);
        }
        var claimOrder = RankOrder.<T>claims(policy);
        List<String> keys = new ArrayList<>(byKey.keySet());
        List<T> representatives = new ArrayList<>(keys.size());
        for (String key : keys) {
            List<Claim<T>> group = byKey.get(key);
            group.sort(claimOrder);
            representatives.add(group.get(0).value());
        }
        List<ValueGroup<T>> groups = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            int tier = tiering.tier(representatives.get(i), key, representatives);
            groups.add(ValueGroup.of(key, byKey.get(key), tier, policy));
        }
        groups.sort(RankOrder.groups(policy));
        return groups.stream().map(ValueGroup::toSourcedValue).toList();
    }
}
