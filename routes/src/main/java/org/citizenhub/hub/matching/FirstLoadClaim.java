package org.citizenhub.hub.matching;

import java.lang.management.ManagementFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.citizenhub.hub.store.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which hub member runs the store's first load, so that members starting together on one empty database run
 * exactly one batch between them: the single row of {@code first_load_claim}. The database decides rather than
 * Hazelcast because members that start together may not have formed one cluster yet, and the database is what
 * they share for certain.
 * <ul>
 *   <li>{@link #tryClaim()} takes the row when nobody holds it or the holder's lease has run out (a member that
 *       died mid-load must not block the others for ever). The row is locked, read and written in one
 *       transaction, so of two members claiming at once exactly one wins.</li>
 *   <li>The winner's {@link Lease} is renewed in the background, every quarter of its length, for as long as it
 *       loads; {@link Lease#close()} empties the row.</li>
 *   <li>{@link #await} claims, or waits, polling, while another member holds a live claim, up to a bound.</li>
 * </ul>
 * Lease times come from the database's clock, so members on hosts whose clocks differ agree on when a lease
 * has run out. A member is named by process id and host plus a random suffix (a restarted member is a new
 * one); nothing in the row or the log lines is about a citizen.
 */
final class FirstLoadClaim {

    /** Who holds the claim, since when, and until when unless renewed. */
    record Holder(String member, Instant claimedAt, Instant leaseUntil) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(FirstLoadClaim.class);
    /** While waiting, a line says so again this often (the first load of a large store takes a while). */
    private static final Duration WAIT_NOTE_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final String member;
    private final Duration lease;
    private final Duration poll;

    /**
     * @param lease how long a claim stands without renewal: a dead holder blocks the others this long at most
     * @param poll  how often a waiting member looks again
     */
    FirstLoadClaim(DataSource dataSource, String member, Duration lease, Duration poll) {
        if (lease.isNegative() || lease.isZero() || poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("the first-load lease and poll interval must be positive, were " + lease + " and " + poll);
        }
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.member = member;
        this.lease = lease;
        this.poll = poll;
    }

    /** A name for this process: pid@host and a random suffix. */
    static String thisMember() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    String member() {
        return member;
    }

    /** The claim, if nobody holds it or its holder's lease has run out; empty while another member holds it. */
    Optional<Lease> tryClaim() {
        Holder[] before = {null};
        Boolean claimed = transactions.execute(status -> {
            before[0] = read(true).orElse(null);
            Instant now = databaseNow();
            if (before[0] != null && before[0].leaseUntil().isAfter(now)) {
                return false;
            }
            jdbc.sql("UPDATE first_load_claim SET holder = :member, claimed_at = :now, lease_until = :until WHERE id = 1")
                    .param("member", member)
                    .param("now", SqlTime.toSql(now))
                    .param("until", SqlTime.toSql(now.plus(lease)))
                    .update();
            return true;
        });
        if (!Boolean.TRUE.equals(claimed)) {
            return Optional.empty();
        }
        if (before[0] != null) {
            LOG.warn("First-load claim taken over from member {}, whose lease ran out at {} (it stopped mid-load)",
                    before[0].member(), before[0].leaseUntil());
        }
        return Optional.of(new Lease());
    }

    /**
     * Claims, waiting while another member holds a live claim: answers the claim once it is free (the other
     * member finished, or its lease ran out), or empty after {@code maxWait} or when interrupted.
     */
    Optional<Lease> await(Duration maxWait) {
        long start = System.nanoTime();
        long deadline = start + maxWait.toNanos();
        long nextNote = start;
        while (true) {
            Optional<Lease> claimed = tryClaim();
            if (claimed.isPresent()) {
                if (nextNote != start) {
                    LOG.info("First-load claim free again after {} ms of waiting", millis(start));
                }
                return claimed;
            }
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                LOG.warn("Gave up after {} ms waiting for member {} to finish the first load: going on without it",
                        millis(start), holder().map(Holder::member).orElse("?"));
                return Optional.empty();
            }
            if (now - nextNote >= 0) {
                holder().ifPresent(h -> LOG.info("Member {} is running the first load (claimed at {}): waiting for it to "
                        + "finish before this member's start-up runs", h.member(), h.claimedAt()));
                nextNote = now + WAIT_NOTE_EVERY.toNanos();
            }
            try {
                Thread.sleep(Math.max(1, Math.min(poll.toMillis(), (deadline - now) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** Whoever holds the claim now, live or with a lease run out; empty when nobody does. */
    Optional<Holder> holder() {
        return read(false);
    }

    private Optional<Holder> read(boolean lock) {
        return jdbc.sql("SELECT holder, claimed_at, lease_until FROM first_load_claim WHERE id = 1" + (lock ? " FOR UPDATE" : ""))
                .query((rs, n) -> Optional.ofNullable(rs.getString("holder"))
                        .map(holder -> new Holder(holder, read(rs, "claimed_at"), read(rs, "lease_until"))))
                .single();
    }

    private static Instant read(ResultSet rs, String column) {
        try {
            return SqlTime.read(rs, column);
        } catch (SQLException e) {
            throw new IllegalStateException("first_load_claim." + column + " unreadable", e);
        }
    }

    private Instant databaseNow() {
        return jdbc.sql("SELECT CURRENT_TIMESTAMP AS db_now").query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).single();
    }

    private static long millis(long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }

    /** A claim this member holds: renewed in the background until closed; closing releases it. */
    final class Lease implements AutoCloseable {

        private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "hub-first-load-lease");
            thread.setDaemon(true);
            return thread;
        });
        private volatile boolean closed;

        private Lease() {
            long every = Math.max(1, lease.toMillis() / 4);
            renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        }

        private void renew() {
            try {
                int renewed = jdbc.sql("UPDATE first_load_claim SET lease_until = :until WHERE id = 1 AND holder = :member")
                        .param("until", SqlTime.toSql(databaseNow().plus(lease)))
                        .param("member", member)
                        .update();
                if (renewed == 0 && !closed) {
                    // renewals came too late (a long stall): another member may be loading as well
                    LOG.error("First-load claim lost: its lease ran out and another member took it over");
                    renewer.shutdown();
                }
            } catch (RuntimeException e) {
                LOG.warn("Renewing the first-load claim failed ({}); trying again", e.getClass().getName());
            }
        }

        /**
         * Stops renewing and empties the row, unless another member has taken it over meanwhile. A release that
         * fails (the database unreachable) is only logged: the lease runs out instead.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            renewer.shutdownNow();
            try {
                jdbc.sql("UPDATE first_load_claim SET holder = NULL, claimed_at = NULL, lease_until = NULL WHERE id = 1 AND holder = :member")
                        .param("member", member)
                        .update();
            } catch (RuntimeException e) {
                LOG.warn("Releasing the first-load claim failed ({}); it lapses when its lease runs out", e.getClass().getName());
            }
        }
    }
}
