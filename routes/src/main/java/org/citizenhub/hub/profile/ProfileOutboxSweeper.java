package org.citizenhub.hub.profile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.citizenhub.hub.identity.CitizenChangeListener;
import org.citizenhub.hub.identity.ProfileOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Repairs the profile cache after a member died between committing a change and refreshing the cache: at
 * start and then every {@code interval}, the outbox rows older than {@code grace} (so the live path, which
 * removes its own rows within moments, is not raced) are handed to the {@link CitizenChangeListener} again and
 * removed once it has caught up. Runs on every member; two members sweeping at once only refresh a citizen
 * twice, which is harmless (the refresh reads the database afresh under the entry's lock). A row standing for
 * every citizen (a bulk job) clears the cache. When the cache cannot be reached the rows stay for the next sweep.
 * Every second it also deletes the rows of this member's own changes the cache has caught up with, when no later
 * change has taken them along ({@link ProfileOutbox#removeCaughtUp}).
 */
public final class ProfileOutboxSweeper implements SmartLifecycle {

    /** Rows read at a time; a sweep goes on page after page while every refresh succeeds. */
    static final int PAGE = 500;
    private static final long REMOVE_CAUGHT_UP_MILLIS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(ProfileOutboxSweeper.class);

    private final ProfileOutbox outbox;
    private final CitizenChangeListener listener;
    private final Duration interval;
    private final Duration grace;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public ProfileOutboxSweeper(ProfileOutbox outbox, CitizenChangeListener listener, Duration interval, Duration grace,
                                Clock clock) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("hub.profile.outbox.sweep-interval must be positive, was " + interval);
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("hub.profile.outbox.grace-period must not be negative, was " + grace);
        }
        this.outbox = outbox;
        this.listener = listener;
        this.interval = interval;
        this.grace = grace;
        this.clock = clock;
    }

    /** One sweep now; answers how many rows it cleared. */
    public int sweep() {
        Instant cutoff = clock.instant().minus(grace);
        int cleared = 0;
        while (true) {
            List<ProfileOutbox.Pending> rows = outbox.olderThan(cutoff, PAGE);
            if (rows.isEmpty()) {
                break;
            }
            List<ProfileOutbox.Pending> done = handOver(rows);
            outbox.removeAll(done);
            cleared += done.size();
            if (done.size() < rows.size() || rows.size() < PAGE) {
                break; // the cache is not reachable now, or nothing more is left
            }
        }
        if (cleared > 0) {
            LOG.info("Profile outbox: {} change row(s) left behind by a member were refreshed", cleared);
        }
        return cleared;
    }

    /** The rows the listener has caught up with (every row of a citizen it refreshed). */
    private List<ProfileOutbox.Pending> handOver(List<ProfileOutbox.Pending> rows) {
        if (rows.stream().anyMatch(ProfileOutbox.Pending::everyCitizen)) {
            // clearing the cache covers every row read, whichever citizen it names
            return caughtUp(listener::everythingChanged) ? rows : List.of();
        }
        Map<String, List<ProfileOutbox.Pending>> byCitizen = new LinkedHashMap<>();
        for (ProfileOutbox.Pending row : rows) {
            byCitizen.computeIfAbsent(row.citizenId(), id -> new ArrayList<>()).add(row);
        }
        List<ProfileOutbox.Pending> done = new ArrayList<>(rows.size());
        for (Map.Entry<String, List<ProfileOutbox.Pending>> citizen : byCitizen.entrySet()) {
            if (!caughtUp(() -> listener.citizensChanged(Set.of(citizen.getKey())))) {
                break;
            }
            done.addAll(citizen.getValue());
        }
        return done;
    }

    private static boolean caughtUp(BooleanSupplier handOver) {
        try {
            return handOver.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.warn("Profile outbox sweep: refresh failed ({}); the rows stay for the next sweep", e.getClass().getName());
            return false;
        }
    }

    private void removeCaughtUpQuietly() {
        try {
            outbox.removeCaughtUp();
        } catch (RuntimeException e) {
            LOG.debug("Profile outbox rows not removed yet: {}", e.getClass().getName());
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // the database is not reachable now: the rows stay, the next sweep tries again
            LOG.warn("Profile outbox sweep failed: {}", e.getClass().getName());
            LOG.debug("Sweep failure", e);
        }
    }

    /** Sweeps at once (on its own thread, not holding up the start), then every interval. */
    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "profile-outbox-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::sweepQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::removeCaughtUpQuietly, REMOVE_CAUGHT_UP_MILLIS, REMOVE_CAUGHT_UP_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
        removeCaughtUpQuietly(); // a member that stops in good order leaves no row behind
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
