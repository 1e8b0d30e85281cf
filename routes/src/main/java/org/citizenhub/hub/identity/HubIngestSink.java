package org.citizenhub.hub.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.citizenhub.connectors.DeadLetter;
import org.citizenhub.connectors.IngestSink;
import org.citizenhub.core.match.IdentityResolver;
import org.citizenhub.core.match.LinkOrigin;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.match.LinkedRecord;
import org.citizenhub.core.match.RecordMatcher;
import org.citizenhub.core.match.Resolution;
import org.citizenhub.core.match.Split;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.deadletter.DeadLetterRepository;
import org.citizenhub.hub.store.SourceRecordJson;
import org.citizenhub.hub.store.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hub's ingest: stores each record and resolves it to a citizen, all of one record's writes in one
 * transaction, one record at a time (a lock in this JVM, a row lock across members).
 * <ul>
 *   <li>Same content hash as stored: nothing changes but the last-seen time and raw payload.</li>
 *   <li>New or changed: its blocking keys are replaced, the citizens sharing a key are fetched with all their
 *       records (at most {@value #MAX_CANDIDATE_CITIZENS} citizens and {@value #MAX_CANDIDATES} records, so a
 *       {@link org.citizenhub.core.match.MergeGuard} sees whole citizens) and the {@link IdentityResolver} decides.</li>
 *   <li>No match: a new citizen; but a record that already is its citizen's only record keeps that id. When the
 *       resolver saw possible matches, the link is POSSIBLE_MATCH (the review item says with whom).</li>
 *   <li>A changed record may have held its old citizen together: the citizen is regrouped
 *       ({@link IdentityResolver#recheck}) and groups that no longer belong leave for new citizens; the largest
 *       keeps the id. Not for a citizen holding a manual link.</li>
 *   <li>First load in batch mode ({@link #deferMatchingAfter}): new records beyond a threshold are stored with
 *       their keys but not matched; a batch resolution links them at the end of the load.</li>
 *   <li>One citizen: the record links to it.</li>
 *   <li>Several: they merge into the oldest; the others redirect to it and their links move.</li>
 *   <li>A changed record that leaves its citizen and leaves it empty makes it redirect to where the record
 *       went, so the id keeps answering; a citizen with other records left keeps them and its id.</li>
 *   <li>MANUAL links are never changed: a record linked by a caseworker keeps its link, and a citizen that
 *       holds a manual link is never absorbed (if the record bridges two such citizens it links to the
 *       oldest as POSSIBLE_MATCH, for review).</li>
 *   <li>A record its source deletes ({@link #delete}) is soft-deleted (kept for provenance with {@code deleted_at}),
 *       loses its blocking keys and its link, and its former citizen is regrouped as after a change (not when it
 *       holds a manual link); a citizen left with no record keeps its id and answers with no records. Unknown or
 *       already deleted: nothing happens. Read again later, the record is live again and matched afresh.</li>
 *   <li>A {@link ResolutionHook} (casework) may narrow the resolution, e.g. by records a caseworker keeps
 *       apart, and learns what was decided, in the same transaction.</li>
 *   <li>Each change notes the citizens it touched in the {@link ProfileOutbox}, in its own transaction; the profile
 *       cache ({@link CitizenChangeListener}) hears of them after the commit, and the note goes once it has caught
 *       up, so a member that dies in between leaves the note for a sweeper and the cache is never left stale.</li>
 * </ul>
 */
public final class HubIngestSink implements IngestSink {

    public static final int MAX_CANDIDATES = 500;
    public static final int MAX_CANDIDATE_CITIZENS = 50;
    private static final Logger LOG = LoggerFactory.getLogger(HubIngestSink.class);
    /** A record that founds its own citizen is certain of it. */
    private static final double FOUNDER_SCORE = 1.0;

    private final SourceRecordRepository records;
    private final CitizenRepository citizens;
    private final LinkRepository links;
    private final DeadLetterRepository deadLetters;
    private final RecordMatcher matcher;
    private final IdentityResolver resolver;
    private final SourceRecordJson json;
    private final TransactionTemplate transactions;
    private final IngestLock rowLock;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final FirstLoadDeferral deferral = new FirstLoadDeferral();
    private volatile ResolutionHook hook = ResolutionHook.NONE;
    /** Tells the profile cache which citizens a change touched, through the outbox (see {@link ChangeNotifier}). */
    private final ChangeNotifier notifier;

    public HubIngestSink(SourceRecordRepository records, CitizenRepository citizens, LinkRepository links,
                         DeadLetterRepository deadLetters, RecordMatcher matcher, SourceRecordJson json,
                         JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.records = records;
        this.citizens = citizens;
        this.links = links;
        this.deadLetters = deadLetters;
        this.matcher = matcher;
        this.resolver = new IdentityResolver(matcher);
        this.json = json;
        this.transactions = transactions;
        this.rowLock = new IngestLock(jdbc);
        this.clock = clock;
        this.notifier = new ChangeNotifier(new ProfileOutbox(jdbc, clock), transactions);
    }

    /** Lets casework follow and constrain ingest (see {@link ResolutionHook}); one hook, set at start-up. */
    public void setResolutionHook(ResolutionHook hook) {
        this.hook = hook == null ? ResolutionHook.NONE : hook;
    }

    /**
     * Lets the profile cache follow every change: each change then notes the citizens it touched in the
     * {@link ProfileOutbox} inside its transaction, and the listener hears of them after the commit. Null stops it.
     */
    public void followChanges(CitizenChangeListener listener) {
        notifier.listen(listener);
    }

    /** {@link #followChanges} for a listener that always catches up (tests that only watch what is published). */
    public void onCitizensChanged(Consumer<Set<String>> listener) {
        notifier.listen(listener == null ? null : new CitizenChangeListener() {
            @Override
            public boolean citizensChanged(Set<String> citizenIds) {
                listener.accept(citizenIds);
                return true;
            }

            @Override
            public boolean everythingChanged() {
                return true;
            }
        });
    }

    /** The outbox of changes the profile cache has not caught up with yet (for its sweeper). */
    public ProfileOutbox outbox() {
        return notifier.outbox();
    }

    /**
     * Runs work in one transaction under the same locks as ingest, so it never interleaves with a record being
     * resolved. For work that changes no link (see the other form for work that does).
     */
    public <T> T underIngestLock(Supplier<T> work) {
        return changing(changed -> work.get());
    }

    /**
     * Runs a caseworker's change in one transaction under the same locks as ingest; the citizens
     * {@code changedBy} names from its result are noted in the outbox in that transaction and refreshed after it.
     */
    public <T> T underIngestLock(Supplier<T> work, Function<? super T, Set<String>> changedBy) {
        return changing(changed -> {
            T done = work.get();
            changed.addAll(changedBy.apply(done));
            return done;
        });
    }

    /**
     * The one way a change runs: under this JVM's ingest lock, in one transaction that first takes the database's
     * ingest row lock (so members take turns). The work adds the citizens it touched to the set it is given; they
     * are noted in the outbox in that transaction and handed to the profile cache after the commit.
     */
    private <T> T changing(Function<Set<String>, T> work) {
        ChangeNotifier.Noted[] noted = {ChangeNotifier.Noted.NOTHING};
        T result;
        lock.lock();
        try {
            result = transactions.execute(status -> {
                rowLock.acquire();
                Set<String> changed = new LinkedHashSet<>();
                T done = work.apply(changed);
                noted[0] = notifier.note(changed);
                return done;
            });
        } finally {
            lock.unlock();
        }
        notifier.deliver(noted[0]);
        return result;
    }

    /**
     * Runs work under this JVM's ingest lock but in no transaction of its own, so a bulk job (a batch first
     * load, a model swap) can commit in chunks while no record is being resolved.
     */
    public void exclusively(Runnable work) {
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Batch mode for a first load: the first {@code threshold} new records are matched as they come, later new
     * records are only stored (outcome DEFERRED) until {@link #stopDeferring()}.
     */
    public void deferMatchingAfter(long threshold) {
        exclusively(() -> deferral.start(threshold));
    }

    /** Ends batch mode (call under {@link #exclusively}, after the batch resolution); answers how many were deferred. */
    public long stopDeferring() {
        lock.lock();
        try {
            return deferral.stop();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a bulk job that commits link changes in chunks (a batch resolution) under this JVM's ingest lock. The
     * profile cache is then cleared as a whole rather than refreshed citizen by citizen (a batch can touch every
     * citizen; entries load again from the database on their next read). An outbox row standing for every
     * citizen is committed before the job and again after it, so if this member dies on the way a sweeper
     * clears the cache instead; both rows go once the cache is cleared.
     */
    public void bulkChange(Runnable work) {
        List<String> notes = new ArrayList<>(2);
        lock.lock();
        try {
            notifier.noteEverything().ifPresent(notes::add);
            try {
                work.run();
            } finally {
                notifier.noteEverything().ifPresent(notes::add);
            }
        } finally {
            lock.unlock();
            notifier.deliverEverything(notes);
        }
    }

    @Override
    public void accept(SourceRecord record) {
        ingest(record);
    }

    /** Ingests one record and says what it did. */
    public IngestOutcome ingest(SourceRecord record) {
        IngestOutcome outcome = changing(changed -> {
            links.find(record.key()).ifPresent(previous -> changed.add(previous.citizenId()));
            IngestOutcome done = ingestLocked(record, changed);
            if (done.kind() == IngestOutcome.Kind.UNCHANGED || done.kind() == IngestOutcome.Kind.DEFERRED) {
                changed.clear(); // no citizen changed: nothing for the profile cache
            } else {
                changed.add(done.citizenId());
                changed.addAll(done.absorbed());
            }
            return done;
        });
        LOG.debug("Ingested {}: {}", record.key(), outcome.kind());
        return outcome;
    }

    @Override
    public void delete(RecordKey key) {
        remove(key);
    }

    /** Deletes one record (see the class comment) and answers the citizens that changed (none for a no-op). */
    public Set<String> remove(RecordKey key) {
        return changing(changed -> {
            removeLocked(key, changed);
            return changed;
        });
    }

    @Override
    public void reject(DeadLetter letter) {
        lock.lock();
        try {
            transactions.executeWithoutResult(status -> deadLetters.store(letter));
            LOG.debug("Dead letter from connector {} (record {})", letter.connectorId(), letter.recordId());
        } finally {
            lock.unlock();
        }
    }

    private IngestOutcome ingestLocked(SourceRecord record, Set<String> changed) {
        Instant now = clock.instant();
        RecordKey key = record.key();
        String canonical = json.write(record);
        String hash = Texts.sha256(canonical);
        Optional<String> storedHash = records.contentHash(key);
        Optional<Link> current = links.find(key);
        if (storedHash.isPresent() && storedHash.get().equals(hash) && current.isPresent()) {
            records.touch(key, record.rawPayload(), now);
            return IngestOutcome.of(IngestOutcome.Kind.UNCHANGED, current.get().citizenId());
        }
        if (storedHash.isPresent()) {
            records.update(record, canonical, hash, now);
        } else {
            records.insert(record, canonical, hash, now);
        }
        Set<String> keys = matcher.blockingKeys(record);
        records.replaceKeys(key, keys);
        hook.stored(record);
        if (current.isPresent() && current.get().isManual()) {
            return IngestOutcome.of(IngestOutcome.Kind.MANUAL_KEPT, current.get().citizenId());
        }
        if (current.isEmpty() && deferral.defer()) {
            return IngestOutcome.of(IngestOutcome.Kind.DEFERRED, null);
        }
        List<LinkedRecord> candidates = records.candidateCitizens(keys, key, MAX_CANDIDATE_CITIZENS, MAX_CANDIDATES);
        Resolution resolution = hook.review(record, resolver.resolve(record, candidates));
        String currentCitizen = current.map(Link::citizenId).orElse(null);
        IngestOutcome outcome = resolution.isNewCitizen()
                ? linkAlone(key, currentCitizen, resolution, now)
                : linkToMatches(key, resolution, now);
        leaveBehind(currentCitizen, outcome);
        if (currentCitizen != null && !outcome.absorbed().contains(currentCitizen)) {
            splitIfApart(currentCitizen, now, changed);
        }
        hook.resolved(record, resolution, outcome);
        return outcome;
    }

    private void removeLocked(RecordKey key, Set<String> changed) {
        Instant now = clock.instant();
        if (!records.markDeleted(key, now)) {
            return;
        }
        Optional<Link> link = links.find(key);
        links.delete(key);
        LOG.info("Record {} deleted by its source", key);
        if (link.isPresent()) {
            String citizenId = link.get().citizenId();
            changed.add(citizenId);
            splitIfApart(citizenId, now, changed);
        }
        changed.addAll(hook.deleted(key));
    }

    /**
     * No citizen matched: a record that is already alone on its citizen keeps it, otherwise a new citizen. With
     * possible matches elsewhere the link is only POSSIBLE_MATCH, until a caseworker decides.
     */
    private IngestOutcome linkAlone(RecordKey key, String currentCitizen, Resolution resolution, Instant now) {
        String citizenId = currentCitizen != null && links.countByCitizen(currentCitizen) == 1
                ? currentCitizen
                : citizens.create(now).id();
        LinkState state = resolution.hasPossibleMatches() ? LinkState.POSSIBLE_MATCH : LinkState.MATCH;
        links.save(new Link(key, citizenId, state, FOUNDER_SCORE, LinkOrigin.AUTO, now));
        return IngestOutcome.of(IngestOutcome.Kind.NEW_CITIZEN, citizenId);
    }

    /** One or more citizens matched: link to the survivor, absorbing the others unless a caseworker pinned them. */
    private IngestOutcome linkToMatches(RecordKey key, Resolution resolution, Instant now) {
        Set<String> matched = resolution.matchedCitizens();
        List<String> pinned = matched.stream().filter(links::hasManualLink).toList();
        List<String> contenders = pinned.isEmpty() ? List.copyOf(matched) : pinned;
        String survivor = citizens.oldestFirst(contenders).get(0).id();
        Set<String> absorbed = new LinkedHashSet<>();
        for (String citizenId : matched) {
            if (!citizenId.equals(survivor) && !pinned.contains(citizenId)) {
                links.moveAll(citizenId, survivor, now);
                citizens.redirect(citizenId, survivor);
                absorbed.add(citizenId);
            }
        }
        LinkState state = pinned.size() > 1 ? LinkState.POSSIBLE_MATCH : LinkState.MATCH;
        links.save(new Link(key, survivor, state, bestScore(resolution), LinkOrigin.AUTO, now));
        if (!absorbed.isEmpty()) {
            LOG.info("Record {} merged {} citizen(s) into one", key, absorbed.size() + 1);
            return new IngestOutcome(IngestOutcome.Kind.MERGED, survivor, absorbed);
        }
        return IngestOutcome.of(IngestOutcome.Kind.LINKED, survivor);
    }

    /** The citizen a re-linked record left: when it has no record left, its id redirects to where the record went. */
    private void leaveBehind(String previousCitizen, IngestOutcome outcome) {
        if (previousCitizen == null || previousCitizen.equals(outcome.citizenId()) || outcome.absorbed().contains(previousCitizen)) {
            return;
        }
        if (links.countByCitizen(previousCitizen) == 0) {
            citizens.redirect(previousCitizen, outcome.citizenId());
        }
    }

    /**
     * The citizen a changed record was on may no longer hold together without the record's old content: its
     * records are regrouped; the largest group keeps the id, each other group becomes a new citizen.
     */
    private void splitIfApart(String citizenId, Instant now, Set<String> changed) {
        if (links.hasManualLink(citizenId)) {
            return; // a caseworker has decided about this citizen: re-matching never overturns that
        }
        List<LinkedRecord> members = records.recordsOfCitizens(List.of(citizenId), new RecordKey("", ""), MAX_CANDIDATES);
        if (members.size() < 2 || members.size() >= MAX_CANDIDATES) {
            return;
        }
        Split split = resolver.recheck(members);
        for (List<RecordKey> group : split.leave()) {
            String newCitizen = citizens.create(now).id();
            for (RecordKey member : group) {
                links.find(member).ifPresent(link -> links.save(
                        new Link(member, newCitizen, link.state(), link.score(), LinkOrigin.AUTO, now)));
            }
            changed.add(newCitizen);
            LOG.info("Citizen split: {} record(s) no longer belong with the rest and left for a new citizen", group.size());
        }
        if (split.isNeeded()) {
            changed.add(citizenId);
        }
    }

    private static double bestScore(Resolution resolution) {
        return resolution.evidence().stream()
                .filter(c -> c.result().isMatch())
                .mapToDouble(c -> c.result().score())
                .max()
                .orElse(FOUNDER_SCORE);
    }
}
