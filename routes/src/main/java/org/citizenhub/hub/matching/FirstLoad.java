package org.citizenhub.hub.matching;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.connector.StartupRunsListener;
import org.citizenhub.hub.identity.CitizenRepository;
import org.citizenhub.hub.identity.HubIngestSink;
import org.citizenhub.hub.identity.SourceRecordRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matching's part in the start-up runs. When the store holds no citizen yet, the runs are a first load: the
 * ingest sink matches the first {@link MatchingSettings#batchThreshold()} new records one by one as always and
 * only stores the rest; after the runs, if any were deferred, one {@link BatchResolution} over every stored
 * record links them all (keeping the ids already given out), learns the model and queues possible matches
 * for review, all under the ingest lock. A batch can touch any citizen (and reads during it may have cached
 * half-linked ones), so it runs as a {@link HubIngestSink#bulkChange bulk change}: the profile cache is cleared
 * afterwards, entries load again on their next read, rather than hundreds of thousands of profiles being
 * rebuilt and hundreds of thousands of outbox rows written. Records an interrupted first load left without a citizen are
 * resolved after the runs too (one by one, or in a batch when there are many). Then, in every case, a model
 * is learnt when due.
 * <p>
 * Members sharing one database agree on one first load through the {@link FirstLoadClaim}: a member claims it
 * before deciding whether the store is empty, and holds it through its runs and batch. A member that finds the
 * claim held by a live other member waits for it (bounded), then finds citizens in the store and runs its
 * start-up ingest as a later start would: records matched one by one, which the ingest row lock serialises.
 * Without the claim both would defer and both would batch the same records at once. A batch over records left
 * without a citizen takes the claim too, so members restarting together after a failed load do not both run it;
 * a member that died holding the claim blocks the others only until its lease runs out.
 */
public final class FirstLoad implements StartupRunsListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FirstLoad.class);

    private final HubIngestSink sink;
    private final CitizenRepository citizens;
    private final BatchResolution batch;
    private final MatchModelService models;
    private final PossibleMatchSink reviews;
    private final CanonicalRecords canonical;
    private final SourceRecordRepository records;
    private final FirstLoadClaim claim;
    private final Duration maxWait;
    private volatile boolean firstLoad;
    /** Held from the decision that this member loads an empty store until its batch is done. */
    private volatile FirstLoadClaim.Lease lease;

    /**
     * @param reviews where the batch's possible matches go; null for nowhere
     * @param maxWait how long to wait for another member's first load before going on without it
     */
    FirstLoad(HubIngestSink sink, CitizenRepository citizens, BatchResolution batch, MatchModelService models,
              PossibleMatchSink reviews, CanonicalRecords canonical, SourceRecordRepository records, FirstLoadClaim claim,
              Duration maxWait) {
        this.sink = sink;
        this.claim = claim;
        this.maxWait = maxWait;
        this.canonical = canonical;
        this.records = records;
        this.citizens = citizens;
        this.batch = batch;
        this.models = models;
        this.reviews = reviews;
    }

    @Override
    public void beforeStartupRuns() {
        firstLoad = false;
        // Claimed before counting: a member that counted first could find the store empty, then claim only
        // after another member's whole first load had ended, and load again.
        Optional<FirstLoadClaim.Lease> claimed = claim.await(maxWait);
        if (claimed.isEmpty()) {
            return; // gave up waiting (logged): ingest matches one by one
        }
        FirstLoadClaim.Lease held = claimed.get();
        boolean empty = false;
        try {
            empty = citizens.countLive() == 0;
        } finally {
            if (!empty) {
                held.close(); // another member loaded the store while this one waited: nothing to claim it for
            }
        }
        if (!empty) {
            return;
        }
        lease = held;
        firstLoad = true;
        sink.deferMatchingAfter(models.settings().batchThreshold());
        LOG.info("First load: records beyond the first {} are resolved in one batch after the start-up runs",
                models.settings().batchThreshold());
    }

    @Override
    public void afterStartupRuns() {
        boolean learnt = false;
        if (firstLoad) {
            firstLoad = false;
            try {
                learnt = finishFirstLoad();
            } finally {
                releaseClaim();
            }
        } else {
            learnt = resolveLeftovers();
        }
        if (!learnt) {
            try {
                if (models.trainIfDue()) {
                    LOG.info("Match model learnt after the start-up runs");
                }
            } catch (RuntimeException e) {
                LOG.error("Match model training after the start-up runs failed: {}", e.getClass().getName());
                LOG.debug("Training failure", e);
            }
        }
    }

    /**
     * Records stored but linked to no citizen (a first load stopped before its batch): resolved one by one, or
     * all in one batch (which keeps the citizens already given out) when there are more than the threshold.
     */
    private boolean resolveLeftovers() {
        int threshold = models.settings().batchThreshold();
        List<RecordKey> unlinked = canonical.unlinked(threshold + 1);
        if (unlinked.isEmpty()) {
            return false;
        }
        if (unlinked.size() <= threshold) {
            LOG.info("{} stored record(s) have no citizen yet: resolving them one by one", unlinked.size());
            unlinked.forEach(key -> records.find(key).ifPresent(sink::ingest));
            return false;
        }
        Optional<FirstLoadClaim.Lease> claimed = claim.tryClaim();
        if (claimed.isEmpty()) {
            LOG.info("Over {} stored records have no citizen yet, but another member holds the first-load claim: "
                    + "its batch resolves them", threshold);
            return false;
        }
        try (FirstLoadClaim.Lease held = claimed.get()) {
            LOG.info("Over {} stored records have no citizen yet: resolving the store in one batch", threshold);
            BatchResolution.Outcome[] outcome = {null};
            sink.bulkChange(() -> outcome[0] = batch.run(BatchResolution.Options.kept(reviews, false, null)));
            return outcome[0].learnt().isPresent();
        }
    }

    /** Runs the batch if records were deferred; answers whether it learnt a model. */
    private boolean finishFirstLoad() {
        boolean[] learnt = {false};
        sink.exclusively(() -> {
            long deferred = sink.stopDeferring();
            if (deferred > 0) {
                LOG.info("First load: {} record(s) were stored without matching; resolving the store in one batch", deferred);
                sink.bulkChange(() -> learnt[0] = batch.run(BatchResolution.Options.kept(reviews, false, null)).learnt().isPresent());
            }
        });
        return learnt[0];
    }

    /** Lets other members go on at once when this one stops mid-load (the records it left are resolved later). */
    @Override
    public void close() {
        releaseClaim();
    }

    private void releaseClaim() {
        FirstLoadClaim.Lease held = lease;
        lease = null;
        if (held != null) {
            held.close();
        }
    }
}
