package org.citizenhub.hub.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.citizenhub.hub.store.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log: appends {@link AuditEvent}s to the hash chain in {@code audit_event} and answers the admin's
 * queries. No update or delete exists here.
 * <p>
 * Appends go through the {@link AuditWriter} (group commit, serialised on the chain-head row). Each commits
 * on its own (a new transaction, even inside a caller's): an access is on record whatever happens to the
 * caller's work, so record it once the outcome is known.
 */
public final class AuditLog {

    private final JdbcClient jdbc;
    private final AuditWriter writer;

    public AuditLog(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.writer = new AuditWriter(dataSource, clock);
    }

    /** Appends the event and returns it as recorded (committed). */
    public AuditEntry record(AuditEvent event) {
        return writer.append(Objects.requireNonNull(event, "event"));
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
}
