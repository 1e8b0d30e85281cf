package org.citizenhub.hub.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.citizenhub.hub.store.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code profile_outbox} table: the citizens each committed change touched, until the profile cache has
 * caught up with it. {@link #add} runs inside the change's transaction, so a rolled-back change leaves no row
 * and a committed one always does. Once the cache has caught up the change is only queued ({@link #caughtUp}):
 * its rows are deleted by the next change's {@link #add}, in that change's transaction, so ingest pays one
 * insert and one delete per change and no commit of its own, or by {@link #removeCaughtUp} when no change came
 * along (the sweeper calls it every second). Rows a dead member left behind (its queue died with it) are read
 * with {@link #olderThan} and removed with {@link #removeAll} by a sweeper.
 */
public final class ProfileOutbox {

    /** The citizen id of a row that stands for every citizen (a bulk job changed them). */
    public static final String EVERY_CITIZEN = "*";
    /** Change ids deleted by one statement at most. */
    static final int DELETE_BATCH = 200;

    /** A row: one citizen of one change. */
    public record Pending(String changeId, String citizenId, Instant createdAt) {

        public boolean everyCitizen() {
            return EVERY_CITIZEN.equals(citizenId);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Random per process, so change ids of two members never collide; a counter makes them unique within it. */
    private final String prefix = randomPrefix();
    private final AtomicLong counter = new AtomicLong();
    private final Queue<String> caughtUp = new ConcurrentLinkedQueue<>();

    public ProfileOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * In the change's transaction: deletes the rows of changes the cache has caught up with (one statement) and
     * notes the citizens of this change (one statement). Answers the change id that {@link #caughtUp} takes.
     */
    public String add(Collection<String> citizenIds) {
        removeQueued();
        String changeId = prefix + "-" + counter.incrementAndGet();
        StringBuilder sql = new StringBuilder("INSERT INTO profile_outbox (change_id, citizen_id, created_at) VALUES ");
        List<Object> params = new ArrayList<>(citizenIds.size() * 3);
        Object now = SqlTime.toSql(clock.instant());
        for (String citizenId : citizenIds) {
            sql.append(params.isEmpty() ? "(?, ?, ?)" : ", (?, ?, ?)");
            params.add(changeId);
            params.add(citizenId);
            params.add(now);
        }
        jdbc.sql(sql.toString()).params(params).update();
        return changeId;
    }

    /** The cache has caught up with this change: its rows go with the next change, or the next {@link #removeCaughtUp}. */
    public void caughtUp(String changeId) {
        caughtUp.add(changeId);
    }

    /** Deletes the rows of every change the cache has caught up with; answers how many changes. */
    public int removeCaughtUp() {
        int removed = 0;
        while (!caughtUp.isEmpty()) {
            removed += removeQueued();
        }
        return removed;
    }

    /** Up to {@code limit} rows written before {@code cutoff}, in no particular order. */
    public List<Pending> olderThan(Instant cutoff, int limit) {
        return jdbc.sql("SELECT change_id, citizen_id, created_at FROM profile_outbox WHERE created_at < ? FETCH FIRST "
                        + Math.max(1, limit) + " ROWS ONLY")
                .param(SqlTime.toSql(cutoff))
                .query((rs, n) -> new Pending(rs.getString("change_id"), rs.getString("citizen_id"), SqlTime.read(rs, "created_at")))
                .list();
    }

    /** Removes exactly these rows (not rows of the same citizen written since): one statement per citizen. */
    public void removeAll(Collection<Pending> rows) {
        Map<String, List<String>> changesByCitizen = new LinkedHashMap<>();
        for (Pending row : rows) {
            changesByCitizen.computeIfAbsent(row.citizenId(), c -> new ArrayList<>()).add(row.changeId());
        }
        changesByCitizen.forEach((citizenId, changeIds) ->
                jdbc.sql("DELETE FROM profile_outbox WHERE citizen_id = :citizen AND change_id IN (:changes)")
                        .param("citizen", citizenId)
                        .param("changes", changeIds)
                        .update());
    }

    /** Rows waiting (changes not caught up with, and caught-up ones not deleted yet). */
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM profile_outbox").query(Long.class).single();
    }

    /**
     * Deletes up to {@value #DELETE_BATCH} queued changes in the current transaction, if any; should it roll back,
     * they are queued again. Answers how many.
     */
    private int removeQueued() {
        List<String> changeIds = new ArrayList<>();
        for (String id = caughtUp.poll(); id != null; id = changeIds.size() < DELETE_BATCH ? caughtUp.poll() : null) {
            changeIds.add(id);
        }
        if (changeIds.isEmpty()) {
            return 0;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        caughtUp.addAll(changeIds);
                    }
                }
            });
        }
        try {
            jdbc.sql("DELETE FROM profile_outbox WHERE change_id IN (:changes)").param("changes", changeIds).update();
        } catch (RuntimeException e) {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                caughtUp.addAll(changeIds);
            }
            throw e;
        }
        return changeIds.size();
    }

    private static String randomPrefix() {
        byte[] bytes = new byte[8];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
