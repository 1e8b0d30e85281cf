package org.citizenhub.hub.casework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citizenhub.core.match.LinkOrigin;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.match.MatchResult;
import org.citizenhub.core.match.RecordMatcher;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.identity.Citizen;
import org.citizenhub.hub.identity.CitizenRepository;
import org.citizenhub.hub.identity.Link;
import org.citizenhub.hub.identity.LinkedSourceRecord;
import org.citizenhub.hub.identity.SourceRecordRepository;

/**
 * Explains a citizen: for each linked record, the comparison(s) kept when it was linked, with records still
 * in this citizen. Where none was kept (links made before evidence was kept, or through a record that has
 * since left), the record is compared again now with the most similar record of the citizen, and marked so.
 */
public final class CitizenExplainer {

    private final CitizenRepository citizens;
    private final SourceRecordRepository records;
    private final EvidenceRepository evidence;
    private final DecisionRepository decisions;
    private final RecordMatcher matcher;

    public CitizenExplainer(CitizenRepository citizens, SourceRecordRepository records, EvidenceRepository evidence,
                            DecisionRepository decisions, RecordMatcher matcher) {
        this.citizens = citizens;
        this.records = records;
        this.evidence = evidence;
        this.decisions = decisions;
        this.matcher = matcher;
    }

    public Optional<CitizenExplanation> explain(String requestedId) {
        return citizens.resolve(requestedId).map(citizen -> explain(citizen, requestedId));
    }

    private CitizenExplanation explain(Citizen citizen, String requestedId) {
        List<LinkedSourceRecord> linked = records.linkedTo(citizen.id());
        Map<RecordKey, LinkedSourceRecord> members = new HashMap<>();
        linked.forEach(r -> members.put(r.record().key(), r));
        Map<RecordKey, List<Evidence>> kept = new HashMap<>();
        evidence.forCitizen(citizen.id()).forEach(e -> kept.computeIfAbsent(e.record(), k -> new ArrayList<>()).add(e));
        List<CitizenExplanation.RecordExplanation> explained = new ArrayList<>();
        for (LinkedSourceRecord record : linked) {
            explained.add(explain(record, members, kept.getOrDefault(record.record().key(), List.of()), citizen.id()));
        }
        List<CitizenExplanation.DecisionView> history = decisions.forCitizen(citizen.id()).stream()
                .map(CitizenExplanation.DecisionView::of).toList();
        return new CitizenExplanation(citizen.id(), citizen.id().equals(requestedId) ? null : requestedId,
                summary(linked, history.size()), explained, history);
    }

    private CitizenExplanation.RecordExplanation explain(LinkedSourceRecord record, Map<RecordKey, LinkedSourceRecord> members,
                                                         List<Evidence> kept, String citizenId) {
        Link link = record.link();
        List<ComparisonView> comparisons = new ArrayList<>();
        boolean founder = false;
        for (Evidence row : kept) {
            if (row.isFounder()) {
                founder = true;
            } else if (members.containsKey(row.via())) {
                LinkedSourceRecord via = members.get(row.via());
                comparisons.add(Explained.comparison(RecordSummary.of(via.record(), citizenId), row.state(),
                        row.score() == null ? 0 : row.score(), row.fields(), false, row.recordedAt()));
            }
        }
        String how;
        if (members.size() == 1) {
            how = "The only record of this citizen.";
        } else if (!comparisons.isEmpty()) {
            how = link.origin() == LinkOrigin.MANUAL
                    ? "Confirmed by a caseworker (see the decisions); when it arrived it matched the record(s) below."
                    : "Linked automatically when it arrived: it matched the record(s) below.";
        } else if (founder && link.origin() == LinkOrigin.AUTO) {
            how = "The first record of this citizen: the other records were linked to it.";
        } else {
            comparisons.add(recompare(record, members, citizenId));
            how = (link.origin() == LinkOrigin.MANUAL ? "Linked by a caseworker (see the decisions). " : "")
                    + "Compared again now with the most similar record of this citizen, because the comparison made"
                    + " when it was linked is not at hand.";
        }
        if (link.state() == LinkState.POSSIBLE_MATCH) {
            how += " Linked only as a possible match: a caseworker should confirm or reject it in the review queue.";
        }
        return new CitizenExplanation.RecordExplanation(RecordSummary.of(record.record(), citizenId), link.state().name(),
                link.origin().name(), link.score(), how, comparisons);
    }

    /** The best comparison of the record with any other record of the citizen, made now. */
    private ComparisonView recompare(LinkedSourceRecord record, Map<RecordKey, LinkedSourceRecord> members, String citizenId) {
        MatchResult best = null;
        LinkedSourceRecord bestWith = null;
        for (LinkedSourceRecord other : members.values()) {
            if (other.record().key().equals(record.record().key())) {
                continue;
            }
            MatchResult result = matcher.compare(record.record(), other.record());
            if (best == null || result.score() > best.score()
                    || (result.score() == best.score() && key(other).compareTo(key(bestWith)) < 0)) {
                best = result;
                bestWith = other;
            }
        }
        return Explained.comparison(RecordSummary.of(bestWith.record(), citizenId), best.state(), best.score(),
                best.fields(), true, null);
    }

    private static String key(LinkedSourceRecord record) {
        return record.record().key().toString();
    }

    private static String summary(List<LinkedSourceRecord> linked, int decisionCount) {
        long sources = linked.stream().map(r -> r.record().key().sourceId()).distinct().count();
        long manual = linked.stream().filter(r -> r.link().isManual()).count();
        String records = linked.size() == 1 ? "1 record" : linked.size() + " records";
        String from = sources == 1 ? "1 source" : sources + " sources";
        StringBuilder text = new StringBuilder(records + " from " + from + (linked.size() == 1 ? " is" : " are")
                + " linked to this citizen");
        if (manual > 0) {
            text.append("; ").append(manual).append(manual == 1 ? " link was" : " links were").append(" set or confirmed by a caseworker");
        }
        text.append('.');
        if (decisionCount > 0) {
            text.append(' ').append(decisionCount).append(decisionCount == 1 ? " caseworker decision concerns" : " caseworker decisions concern")
                    .append(" it.");
        }
        return text.toString();
    }
}
