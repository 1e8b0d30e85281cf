package org.citizenhub.hub.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        return query(" WHERE citizen_id = :citizen", Map.of("citizen", citizenId), page);
    }

    /**
     * Entries by any mix of actor, action and time ({@code from} inclusive, {@code to} exclusive); a null
     * criterion matches everything. Oldest first.
     */
    public AuditResults search(String actor, AuditAction action, Instant from, Instant to, AuditPage page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (actor != null) {
            where.append(" AND actor = :actor");
            params.put("actor", actor);
        }
        if (action != null) {
            where.append(" AND action = :action");
            params.put("action", action.name());
        }
        if (from != null) {
            where.append(" AND at >= :from");
            params.put("from", SqlTime.toSql(from));
        }
        if (to != null) {
            where.append(" AND at < :to");
            params.put("to", SqlTime.toSql(to));
        }
        return query(where.toString(), params, page);
    }

    private AuditResults query(String where, Map<String, ?> params, AuditPage page) {
        Objects.requireNonNull(page, "page");
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_event" + where).params(params).query(Long.class).single();
        // offset and size are checked numbers (AuditPage), not caller text
        List<AuditEntry> entries = jdbc.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_event" + where
                        + " ORDER BY seq OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.size() + " ROWS ONLY")
                .params(params)
                .query(AuditRows::entry)
                .list();
        return new AuditResults(entries, page, total);
    }
}
