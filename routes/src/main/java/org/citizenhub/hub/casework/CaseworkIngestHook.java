package org.citizenhub.hub.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.match.Resolution;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.identity.IngestOutcome;
import org.citizenhub.hub.identity.Link;
import org.citizenhub.hub.identity.LinkRepository;
import org.citizenhub.hub.identity.ResolutionHook;

/**
 * Casework's part in ingest, in the record's own transaction: indexes stored records for search, keeps
 * kept-apart records apart ({@link KeepApart}), keeps the comparisons a record was linked by (its evidence),
 * and raises review items for possible matches: citizens the record scored between the thresholds with,
 * merges the engine refused, and links it could only make as possible matches. A record its source deletes
 * closes its open items ({@link ReviewStatus#OBSOLETE}); read again, its pairs are raised again.
 */
public final class CaseworkIngestHook implements ResolutionHook {

    static final String POSSIBLE_LINK_NOTE =
            "Linked as a possible match: the record also matches a citizen a caseworker keeps separate.";

    private final SearchKeys searchKeys;
    private final SearchIndex searchIndex;
    private final ConstraintRepository constraints;
    private final EvidenceRepository evidence;
    private final ReviewRepository reviews;
    private final LinkRepository links;
    private final Clock clock;

    public CaseworkIngestHook(SearchKeys searchKeys, SearchIndex searchIndex, ConstraintRepository constraints,
                              EvidenceRepository evidence, ReviewRepository reviews, LinkRepository links, Clock clock) {
        this.searchKeys = searchKeys;
        this.searchIndex = searchIndex;
        this.constraints = constraints;
        this.evidence = evidence;
        this.reviews = reviews;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public void stored(SourceRecord record) {
        searchIndex.replace(record.key(), searchKeys.of(record));
    }

    @Override
    public Resolution review(SourceRecord record, Resolution resolution) {
        Set<String> forbidden = constraints.citizensApartFrom(record.key());
        Set<ConstraintRepository.CitizenPair> apart = resolution.matchedCitizens().size() > 1
                ? constraints.apartAmong(resolution.matchedCitizens())
                : Set.of();
        return KeepApart.narrow(resolution, forbidden, apart);
    }

    @Override
    public void resolved(SourceRecord record, Resolution resolution, IngestOutcome outcome) {
        Instant now = clock.instant();
        Optional<Link> link = links.find(record.key());
        if (link.isEmpty()) {
            return;
        }
        evidence.replace(record.key(), evidenceOf(record.key(), resolution, outcome, now));
        raiseReviews(record.key(), resolution, outcome, link.get(), now);
    }

    /**
     * A record its source deleted leaves nothing to decide about its pairs: their open items close as OBSOLETE.
     * The record on the other side of each, linked only as a possible match and with no question left, becomes a
     * plain match of its citizen (as after a rejection), and that citizen is answered as changed.
     */
    @Override
    public Set<String> deleted(RecordKey record) {
        Instant now = clock.instant();
        Set<String> changed = new LinkedHashSet<>();
        for (ReviewItem item : reviews.openTouching(record)) {
            reviews.close(item.id(), ReviewStatus.OBSOLETE, null, now);
            RecordKey other = item.first().equals(record) ? item.second() : item.first();
            links.find(other).ifPresent(link -> {
                if (link.state() == LinkState.POSSIBLE_MATCH && !link.isManual() && reviews.openTouching(other).isEmpty()) {
                    links.save(new Link(other, link.citizenId(), LinkState.MATCH, link.score(), link.origin(), now));
                    changed.add(link.citizenId());
                }
            });
        }
        return changed;
    }

    /** The best comparison with each citizen the record is now one with; a founder row when there was none. */
    private static List<Evidence> evidenceOf(RecordKey key, Resolution resolution, IngestOutcome outcome, Instant now) {
        Set<String> joined = new LinkedHashSet<>(outcome.absorbed());
        joined.add(outcome.citizenId());
        List<Evidence> rows = new ArrayList<>();
        for (String citizen : resolution.matchedCitizens()) {
            if (joined.contains(citizen)) {
                best(resolution, citizen).ifPresent(c -> rows.add(new Evidence(key, c.candidate().record().key(),
                        c.result().state(), c.result().score(), c.result().fields(), now)));
            }
        }
        if (rows.isEmpty()) {
            rows.add(new Evidence(key, null, LinkState.MATCH, null, List.of(), now));
        }
        return rows;
    }

    private void raiseReviews(RecordKey key, Resolution resolution, IngestOutcome outcome, Link link, Instant now) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (String citizen : resolution.possibleCitizens()) {
            if (!citizen.equals(outcome.citizenId()) && !outcome.absorbed().contains(citizen)) {
                targets.put(citizen, resolution.refusals().get(citizen));
            }
        }
        if (link.state() == LinkState.POSSIBLE_MATCH) {
            resolution.matchedCitizens().forEach(c -> targets.putIfAbsent(c, POSSIBLE_LINK_NOTE));
        }
        Set<RecordKey> raised = new LinkedHashSet<>();
        targets.forEach((citizen, note) -> best(resolution, citizen).ifPresent(comparison -> {
            RecordKey other = comparison.candidate().record().key();
            raised.add(other);
            Optional<ReviewItem> known = reviews.findPair(key, other);
            if (known.isPresent()) {
                if (known.get().status() == ReviewStatus.OPEN) {
                    reviews.rescore(known.get().id(), comparison.result(), note);
                } else if (known.get().status() == ReviewStatus.OBSOLETE) {
                    reviews.reopen(known.get().id(), comparison.result(), note);
                }
            } else if (!constraints.between(key, other)) {
                reviews.open(key, other, comparison.result(), note, now);
            }
        }));
        for (ReviewItem item : reviews.openRaisedBy(key)) {
            if (!raised.contains(item.second())) {
                reviews.close(item.id(), ReviewStatus.SUPERSEDED, null, now);
            }
        }
    }

    private static Optional<Resolution.Comparison> best(Resolution resolution, String citizen) {
        Resolution.Comparison best = null;
        for (Resolution.Comparison comparison : resolution.evidence()) {
            if (comparison.candidate().citizenId().equals(citizen)
                    && (best == null || comparison.result().score() > best.result().score())) {
                best = comparison;
            }
        }
        return Optional.ofNullable(best);
    }
}
