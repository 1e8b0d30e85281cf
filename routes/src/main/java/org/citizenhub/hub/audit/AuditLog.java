package org.citizenhub.hub.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.citizenhub.hub.store.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log: appends {@link AuditEvent}s to the hash chain in {@code audit_event} and answers the admin's
 * queries. No update or delete exists here.
 * <p>
 * Appends are serialised twice: a fair lock in this JVM queues this member's callers, and each append's
 * transaction first locks the chain-head row ({@code SELECT ... FOR UPDATE}, the same on H2 and PostgreSQL),
 * so hub members sharing a database take turns and the chain never forks. The entry's seq and previous hash
 * come from that row, which is moved on in the same transaction.
 * <p>
 * Each append commits on its own (a new transaction, even inside a caller's): an access is on record whatever
 * happens to the caller's work, so record it once the outcome is known.
 */
public final class AuditLog {

    private static final int LOCK_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock(true);

    public AuditLog(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Appends the event and returns it as recorded. */
    public AuditEntry record(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return transactions.execute(status -> append(event));
                } catch (PessimisticLockingFailureException e) {
                    // another member held the chain head past the database's lock timeout (H2): queue again
                    if (attempt == LOCK_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Every entry about one citizen, oldest first: the answer to a subject access request. */
    public AuditResults byCitizen(String citizenId, AuditPage page) {
        Objects.requireNonNull(citizenId, "citizenId");
        return find(AuditQuery.forCitizen(citizenId), page);
    }

    /**
     * Entries by any mix of actor, action and time ({@code from} inclusive, {@code to} exclusive); a null
     * criterion matches everything. Oldest first.
     */
    public AuditResults search(String actor, AuditAction action, Instant from, Instant to, AuditPage page) {
        return find(AuditQuery.ALL.withActor(actor).withAction(action).between(from, to), page);
    }

    /**
     * The entries that meet every criterion of the query, oldest first, one page of them. The page and the
     * total come from one WHERE clause, so they always agree, whatever the mix of criteria.
     */
    public AuditResults find(AuditQuery query, AuditPage page) {
        Objects.requireNonNull(page, "page");
        Where where = where(query);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_event" + where.sql()).params(where.params()).query(Long.class).single();
        // offset and size are checked numbers (AuditPage), not caller text
        List<AuditEntry> entries = jdbc.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_event" + where.sql()
                        + " ORDER BY seq OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.size() + " ROWS ONLY")
                .params(where.params())
                .query(AuditRows::entry)
                .list();
        return new AuditResults(entries, page, total);
    }

    /** The newest entry that meets the query, if any. */
    public Optional<AuditEntry> latest(AuditQuery query) {
        Where where = where(query);
        return jdbc.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_event" + where.sql() + " ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .params(where.params())
                .query(AuditRows::entry)
                .optional();
    }

    /** A WHERE clause of named parameters only: caller text never becomes SQL. */
    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(AuditQuery query) {
        Objects.requireNonNull(query, "query");
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (query.citizenId() != null) {
            sql.append(" AND citizen_id = :citizen");
            params.put("citizen", query.citizenId());
        }
        if (query.actor() != null) {
            sql.append(" AND actor = :actor");
            params.put("actor", query.actor());
        }
        if (query.action() != null) {
            sql.append(" AND action = :action");
            params.put("action", query.action().name());
        }
        if (query.outcome() != null) {
            sql.append(" AND outcome = :outcome");
            params.put("outcome", query.outcome().name());
        }
        if (query.from() != null) {
            sql.append(" AND at >= :from");
            params.put("from", SqlTime.toSql(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND at < :to");
            params.put("to", SqlTime.toSql(query.to()));
        }
        return new Where(sql.toString(), params);
    }

    private AuditEntry append(AuditEvent event) {
        AuditRows.Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query(AuditRows::head)
                .single();
        AuditEntry unsigned = new AuditEntry(head.seq() + 1, AuditChain.stored(clock.instant()), event.actor(),
                event.actorRole(), event.action().name(), event.citizenId(), event.purpose(), event.outcome().name(),
                event.detail(), head.hash(), null);
        String hash = AuditChain.hash(unsigned);
        try {
            jdbc.sql("""
                            INSERT INTO audit_event (seq, at, actor, actor_role, action, citizen_id, purpose, outcome, detail, prev_hash, hash)
                            VALUES (:seq, :at, :actor, :role, :action, :citizen, :purpose, :outcome, :detail, :prev, :hash)""")
                    .param("seq", unsigned.seq())
                    .param("at", SqlTime.toSql(unsigned.at()))
                    .param("actor", unsigned.actor())
                    .param("role", unsigned.actorRole())
                    .param("action", unsigned.action())
                    .param("citizen", unsigned.citizenId())
                    .param("purpose", unsigned.purpose())
                    .param("outcome", unsigned.outcome())
                    .param("detail", unsigned.detail())
                    .param("prev", unsigned.prevHash())
                    .param("hash", hash)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("the audit chain head is behind its entries (seq " + unsigned.seq()
                    + " exists): the log was changed outside the hub; run audit-verify", e);
        }
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", unsigned.seq())
                .param("hash", hash)
                .update();
        return new AuditEntry(unsigned.seq(), unsigned.at(), unsigned.actor(), unsigned.actorRole(), unsigned.action(),
                unsigned.citizenId(), unsigned.purpose(), unsigned.outcome(), unsigned.detail(), unsigned.prevHash(), hash);
    }
}
