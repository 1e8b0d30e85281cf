package org.citizenhub.hub.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.citizenhub.core.match.LinkOrigin;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.identity.Citizen;
import org.citizenhub.hub.identity.CitizenRepository;
import org.citizenhub.hub.identity.HubIngestSink;
import org.citizenhub.hub.identity.Link;
import org.citizenhub.hub.identity.LinkRepository;

/**
 * A caseworker's link and unlink decisions, each recorded with who and why, each in one transaction under the
 * ingest lock. Manual decisions win over the engine: merged records are linked MANUAL (ingest leaves them
 * alone), and a detached record gets a MANUAL link of its own and is kept apart (NO_MATCH) from every record
 * of the citizen it left, so re-ingest and re-matching never put it back. Ids stay stable: a merge keeps one
 * id and the other redirects to it; a split keeps the id with the larger part and mints one for the other.
 */
public final class ManualDecisions {

    private final CitizenRepository citizens;
    private final LinkRepository links;
    private final ConstraintRepository constraints;
    private final DecisionRepository decisions;
    private final EvidenceRepository evidence;
    private final ReviewRepository reviews;
    private final HubIngestSink sink;
    private final Clock clock;

    public ManualDecisions(CitizenRepository citizens, LinkRepository links, ConstraintRepository constraints,
                           DecisionRepository decisions, EvidenceRepository evidence, ReviewRepository reviews,
                           HubIngestSink sink, Clock clock) {
        this.citizens = citizens;
        this.links = links;
        this.constraints = constraints;
        this.decisions = decisions;
        this.evidence = evidence;
        this.reviews = reviews;
        this.sink = sink;
        this.clock = clock;
    }

    /** Merges {@code otherCitizenId} into {@code citizenId}: the first keeps its id, the other redirects to it. */
    public DecisionOutcome link(String citizenId, String otherCitizenId, String actor, String reason) {
        return decide(() -> {
            Instant now = clock.instant();
            Citizen survivor = live(citizenId);
            Citizen absorbed = live(otherCitizenId);
            if (survivor.id().equals(absorbed.id())) {
                throw CaseworkException.conflict("'" + citizenId + "' and '" + otherCitizenId
                        + "' are already one citizen, " + survivor.id());
            }
            Decision decision = decisions.record(new Decision(null, DecisionAction.LINK, survivor.id(), absorbed.id(),
                    null, null, null, actor, reason, now));
            merge(survivor.id(), absorbed.id(), decision.id(), now);
            return new DecisionOutcome(decision.id(), DecisionAction.LINK, survivor.id(), absorbed.id(),
                    "Citizen " + absorbed.id() + " was merged into " + survivor.id() + "; its id now leads there.");
        });
    }

    /** Detaches one record from the citizen into a citizen of its own, kept apart from the records left. */
    public DecisionOutcome unlink(String citizenId, RecordKey record, String actor, String reason) {
        return decide(() -> {
            Instant now = clock.instant();
            Citizen citizen = live(citizenId);
            Link link = links.find(record)
                    .orElseThrow(() -> CaseworkException.notFound("no record '" + record.recordId() + "' from source '"
                            + record.sourceId() + "' is known"));
            if (!link.citizenId().equals(citizen.id())) {
                throw CaseworkException.conflict("record " + record + " is not linked to citizen " + citizen.id());
            }
            Citizen minted = citizens.create(now);
            Decision decision = decisions.record(new Decision(null, DecisionAction.UNLINK, citizen.id(), minted.id(),
                    record, null, null, actor, reason, now));
            split(citizen.id(), List.of(record), minted.id(), decision.id(), now);
            return new DecisionOutcome(decision.id(), DecisionAction.UNLINK, citizen.id(), minted.id(),
                    "Record " + record + " was detached from citizen " + citizen.id() + " into citizen "
                            + linkedCitizen(record) + " and is kept apart from it.");
        });
    }

    /** A review item's records are one person: their citizens merge (the larger keeps its id), or are confirmed. */
    DecisionOutcome accept(long itemId, String actor, String reason) {
        return decide(() -> {
            Instant now = clock.instant();
            ReviewItem item = openItem(itemId);
            String first = linkedCitizen(item.first());
            String second = linkedCitizen(item.second());
            if (first.equals(second)) {
                Decision decision = decisions.record(new Decision(null, DecisionAction.ACCEPT, first, null, item.first(),
                        item.second(), itemId, actor, reason, now));
                reviews.close(itemId, ReviewStatus.ACCEPTED, decision.id(), now);
                confirm(first, now);
                return new DecisionOutcome(decision.id(), DecisionAction.ACCEPT, first, null,
                        "Records " + item.first() + " and " + item.second() + " are confirmed as one person, citizen " + first + ".");
            }
            String survivor = larger(first, second);
            String absorbed = other(survivor, first, second);
            Decision decision = decisions.record(new Decision(null, DecisionAction.ACCEPT, survivor, absorbed, item.first(),
                    item.second(), itemId, actor, reason, now));
            reviews.close(itemId, ReviewStatus.ACCEPTED, decision.id(), now);
            merge(survivor, absorbed, decision.id(), now);
            return new DecisionOutcome(decision.id(), DecisionAction.ACCEPT, survivor, absorbed,
                    "Citizen " + absorbed + " was merged into " + survivor + "; its id now leads there.");
        });
    }

    /** A review item's records are two people: kept apart; if they were linked, the first is detached. */
    DecisionOutcome reject(long itemId, String actor, String reason) {
        return decide(() -> {
            Instant now = clock.instant();
            ReviewItem item = openItem(itemId);
            String first = linkedCitizen(item.first());
            String second = linkedCitizen(item.second());
            if (!first.equals(second)) {
                Decision decision = decisions.record(new Decision(null, DecisionAction.REJECT, first, second, item.first(),
                        item.second(), itemId, actor, reason, now));
                reviews.close(itemId, ReviewStatus.REJECTED, decision.id(), now);
                constraints.keepApart(item.first(), item.second(), decision.id(), now);
                settle(item.first(), now);
                settle(item.second(), now);
                return new DecisionOutcome(decision.id(), DecisionAction.REJECT, first, second,
                        "Records " + item.first() + " and " + item.second() + " are kept apart.");
            }
            Citizen minted = citizens.create(now);
            Decision decision = decisions.record(new Decision(null, DecisionAction.REJECT, first, minted.id(), item.first(),
                    item.second(), itemId, actor, reason, now));
            reviews.close(itemId, ReviewStatus.REJECTED, decision.id(), now);
            split(first, List.of(item.first()), minted.id(), decision.id(), now);
            return new DecisionOutcome(decision.id(), DecisionAction.REJECT, first, minted.id(),
                    "Record " + item.first() + " was detached into citizen " + linkedCitizen(item.first())
                            + " and is kept apart from " + item.second() + ".");
        });
    }

    /**
     * Runs the decision under the ingest lock; the citizens it changed are noted in the profile outbox in its
     * transaction and refreshed in the profile cache after the commit.
     */
    private DecisionOutcome decide(Supplier<DecisionOutcome> decision) {
        return sink.underIngestLock(decision, ManualDecisions::touched);
    }

    private static Set<String> touched(DecisionOutcome outcome) {
        Set<String> touched = new LinkedHashSet<>();
        touched.add(outcome.citizenId());
        if (outcome.otherCitizenId() != null) {
            touched.add(outcome.otherCitizenId());
        }
        return touched;
    }

    private void merge(String survivor, String absorbed, long decisionId, Instant now) {
        List<RecordKey> kept = keys(links.findByCitizen(survivor));
        List<RecordKey> joining = keys(links.findByCitizen(absorbed));
        constraints.lift(kept, joining);
        links.moveAll(absorbed, survivor, now);
        citizens.redirect(absorbed, survivor);
        confirm(survivor, now);
        Set<RecordKey> members = new HashSet<>(kept);
        members.addAll(joining);
        for (RecordKey record : joining) {
            for (ReviewItem item : reviews.openTouching(record)) {
                if (members.contains(item.first()) && members.contains(item.second())) {
                    reviews.close(item.id(), ReviewStatus.SUPERSEDED, decisionId, now);
                }
            }
        }
    }

    /** Every record of the citizen becomes a MANUAL match: a caseworker has looked at the whole citizen. */
    private void confirm(String citizenId, Instant now) {
        for (Link link : links.findByCitizen(citizenId)) {
            links.save(new Link(link.record(), citizenId, LinkState.MATCH, link.score(), LinkOrigin.MANUAL, now));
        }
    }

    /**
     * Splits {@code detached} off the citizen: the larger part keeps the id (the part left behind on a tie),
     * the other part moves to {@code minted}, MANUAL; every detached record is kept apart from every record
     * left.
     */
    private void split(String citizenId, List<RecordKey> detached, String minted, long decisionId, Instant now) {
        List<RecordKey> members = keys(links.findByCitizen(citizenId));
        List<RecordKey> rest = new ArrayList<>(members);
        rest.removeAll(detached);
        if (rest.isEmpty()) {
            throw CaseworkException.conflict("the record is the only record of citizen " + citizenId
                    + ": there is nothing to detach it from");
        }
        List<RecordKey> moving = detached.size() > rest.size() ? rest : detached;
        for (RecordKey record : moving) {
            Link link = links.find(record).orElseThrow();
            links.save(new Link(record, minted, LinkState.MATCH, link.score(), LinkOrigin.MANUAL, now));
        }
        for (RecordKey gone : detached) {
            evidence.delete(gone);
            for (RecordKey left : rest) {
                constraints.keepApart(gone, left, decisionId, now);
            }
            for (ReviewItem item : reviews.openTouching(gone)) {
                if (rest.contains(item.first()) || rest.contains(item.second())) {
                    reviews.close(item.id(), ReviewStatus.SUPERSEDED, decisionId, now);
                }
            }
        }
    }

    /**
     * A record linked only as a possible match whose questions are all answered now is a plain match of the
     * citizen it is on (still AUTO: later changes to it are matched again, within the constraints).
     */
    private void settle(RecordKey record, Instant now) {
        links.find(record).ifPresent(link -> {
            if (link.state() == LinkState.POSSIBLE_MATCH && reviews.openTouching(record).isEmpty()) {
                links.save(new Link(record, link.citizenId(), LinkState.MATCH, link.score(), link.origin(), now));
            }
        });
    }

    private Citizen live(String citizenId) {
        return citizens.resolve(citizenId)
                .orElseThrow(() -> CaseworkException.notFound("no citizen has the id '" + citizenId + "'"));
    }

    private ReviewItem openItem(long itemId) {
        ReviewItem item = reviews.find(itemId)
                .orElseThrow(() -> CaseworkException.notFound("no review item has the id " + itemId));
        if (item.status() != ReviewStatus.OPEN) {
            throw CaseworkException.conflict("review item " + itemId + " is already " + item.status());
        }
        return item;
    }

    private String linkedCitizen(RecordKey record) {
        return links.find(record).map(Link::citizenId)
                .orElseThrow(() -> CaseworkException.notFound("record " + record + " is not linked to any citizen"));
    }

    /** The citizen with more records; on a tie the older one, as ingest merges into the oldest. */
    private String larger(String a, String b) {
        long sizeA = links.countByCitizen(a);
        long sizeB = links.countByCitizen(b);
        if (sizeA != sizeB) {
            return sizeA > sizeB ? a : b;
        }
        return citizens.oldestFirst(List.of(a, b)).get(0).id();
    }

    private static String other(String one, String a, String b) {
        return one.equals(a) ? b : a;
    }

    private static List<RecordKey> keys(List<Link> linksOfCitizen) {
        return linksOfCitizen.stream().map(Link::record).toList();
    }
}
