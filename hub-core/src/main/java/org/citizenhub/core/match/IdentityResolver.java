package org.citizenhub.core.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;

/**
 * Resolves one incoming record against the records already linked to citizens that share a blocking
 * key with it (the caller fetches them). Pure: it decides, the caller persists.
 * <p>
 * When the matcher is also a {@link MergeGuard}, a matched citizen is only joined if the record
 * conflicts with none of its records and is well connected to them, and two matched citizens are only
 * merged under the same rules; a refused citizen becomes a possible match. For these checks to see the
 * whole citizen, pass all records of each candidate citizen, not only those sharing a key.
 */
public final class IdentityResolver {

    private final RecordMatcher matcher;

    public IdentityResolver(RecordMatcher matcher) {
        this.matcher = matcher;
    }

    public RecordMatcher matcher() {
        return matcher;
    }

    public Resolution resolve(SourceRecord incoming, List<LinkedRecord> candidates) {
        Set<String> matched = new LinkedHashSet<>();
        Set<String> possible = new LinkedHashSet<>();
        Map<String, Double> best = new LinkedHashMap<>();
        Map<String, List<SourceRecord>> members = new LinkedHashMap<>();
        List<Resolution.Comparison> evidence = new ArrayList<>();
        for (LinkedRecord candidate : candidates) {
            if (candidate.record().key().equals(incoming.key())) {
                continue; // a record is not evidence for itself
            }
            members.computeIfAbsent(candidate.citizenId(), c -> new ArrayList<>()).add(candidate.record());
            MatchResult result = matcher.compare(incoming, candidate.record());
            evidence.add(new Resolution.Comparison(candidate, result));
            best.merge(candidate.citizenId(), result.score(), Math::max);
            if (result.isMatch()) {
                matched.add(candidate.citizenId());
            } else if (result.state() == LinkState.POSSIBLE_MATCH) {
                possible.add(candidate.citizenId());
            }
        }
        Map<String, String> refusals = new LinkedHashMap<>();
        if (matcher instanceof MergeGuard guard && !matched.isEmpty()) {
            matched = guarded(guard, incoming, matched, members, best, refusals);
        }
        possible.removeAll(matched);
        possible.addAll(refusals.keySet());
        return new Resolution(matched, possible, refusals, evidence);
    }

    /**
     * Whether a citizen still holds together, e.g. after one of its records changed: its records
     * regrouped, the largest group stays, the others leave. Without a {@link MergeGuard}, records stay
     * together when they are connected by matching pairs.
     */
    public Split recheck(List<LinkedRecord> citizenRecords) {
        List<SourceRecord> records = citizenRecords.stream().map(LinkedRecord::record).toList();
        List<List<SourceRecord>> groups = matcher instanceof MergeGuard guard
                ? guard.regroup(records)
                : connectedByMatches(records);
        List<List<RecordKey>> keys = new ArrayList<>(groups.stream()
                .map(g -> g.stream().map(SourceRecord::key).toList()).toList());
        keys.sort(Comparator.comparingInt((List<RecordKey> g) -> -g.size()));
        return new Split(keys.isEmpty() ? List.of() : keys.get(0), keys.size() > 1 ? keys.subList(1, keys.size()) : List.of());
    }

    /** Joins the matched citizens in order of best score, refusing any that would break a constraint. */
    private static Set<String> guarded(MergeGuard guard, SourceRecord incoming, Set<String> matched,
                                       Map<String, List<SourceRecord>> members, Map<String, Double> best,
                                       Map<String, String> refusals) {
        List<String> order = new ArrayList<>(matched);
        order.sort(Comparator.comparingDouble((String c) -> -best.get(c)));
        Set<String> accepted = new LinkedHashSet<>();
        List<SourceRecord> joined = new ArrayList<>();
        for (String citizen : order) {
            List<SourceRecord> records = members.get(citizen);
            Optional<String> refusal = guard.refuseJoin(incoming, records);
            if (refusal.isEmpty() && !joined.isEmpty()) {
                refusal = guard.refuseMerge(joined, records);
            }
            if (refusal.isPresent()) {
                refusals.put(citizen, refusal.get());
                continue;
            }
            accepted.add(citizen);
            if (joined.isEmpty()) {
                joined.add(incoming);
            }
            joined.addAll(records);
        }
        return accepted;
    }

    private List<List<SourceRecord>> connectedByMatches(List<SourceRecord> records) {
        int n = records.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (matcher.compare(records.get(i), records.get(j)).isMatch()) {
                    int from = group[j];
                    int to = group[i];
                    for (int k = 0; k < n; k++) {
                        if (group[k] == from) {
                            group[k] = to;
                        }
                    }
                }
            }
        }
        Map<Integer, List<SourceRecord>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byGroup.computeIfAbsent(group[i], g -> new ArrayList<>()).add(records.get(i));
        }
        return new ArrayList<>(byGroup.values());
    }
}
