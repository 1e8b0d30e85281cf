package org.citizenhub.hub.audit;

import java.sql.Connection;
import java.sql.SQLException;
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
 * <p>
 * <b>Blocks.</b> Entries are numbered into blocks of {@value #SEQS_PER_BLOCK} ({@code seq_block}), and the
 * index for "every access to this citizen" leads with the block: {@code (seq_block, citizen_id, seq)}. An
 * index led by the citizen id took each append to a random page of an index as large as the log, which the
 * database then read, copied and wrote back: on H2 that churned the heap, and the load benchmark's profile
 * reads ran at half speed. Led by the block, appends touch only the current block's part of the index, which
 * stays in the page cache. A query for one citizen probes that index once per block, through the
 * {@code audit_block} table (one row per block): thousands of cheap probes for a log of a hundred million
 * entries, for a query that subject access requests and the admin make, not every request.
 */
public final class AuditLog {

    /** Entries per block: the current block's part of the citizen index (about 4 MB) stays in H2's 16 MB cache. */
    public static final long SEQS_PER_BLOCK = 65_536;

    private final JdbcClient jdbc;
    private final AuditWriter writer;
    private final String citizenTables;

    public AuditLog(DataSource dataSource, Clock clock) {
        this(dataSource, clock, SEQS_PER_BLOCK);
    }

    /** With blocks of {@code seqsPerBlock} entries (tests: small blocks, so that a few entries span several). */
    AuditLog(DataSource dataSource, Clock clock, long seqsPerBlock) {
        if (seqsPerBlock < 1) {
            throw new IllegalArgumentException("seqsPerBlock must be at least 1");
        }
        this.jdbc = JdbcClient.create(dataSource);
        String product = databaseProduct(dataSource);
        this.writer = new AuditWriter(dataSource, clock, seqsPerBlock, product);
        // H2's planner, given a citizen and an actor, scans the actor's index (millions of entries for a partner)
        // rather than probing the citizen's blocks; on H2 the citizen index is named. PostgreSQL plans from its
        // statistics and has no such hint.
        this.citizenTables = "audit_block JOIN audit_event" + ("H2".equals(product) ? " USE INDEX (ix_audit_event_citizen)" : "")
                + " ON seq_block = block";
    }

    /** The database's product name (JDBC metadata), read once: the queries and the writer both depend on it. */
    static String databaseProduct(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("the audit log's database cannot be reached", e);
        }
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
        Where where = where(query, citizenTables);
        long total = jdbc.sql("SELECT COUNT(*) FROM " + where.tables() + where.sql()).params(where.params()).query(Long.class).single();
        // offset and size are checked numbers (AuditPage), not caller text
        List<AuditEntry> entries = jdbc.sql("SELECT " + AuditRows.COLUMNS + " FROM " + where.tables() + where.sql()
                        + " ORDER BY seq OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.size() + " ROWS ONLY")
                .params(where.params())
                .query(AuditRows::entry)
                .list();
        return new AuditResults(entries, page, total);
    }

    /** The newest entry that meets the query, if any. */
    public Optional<AuditEntry> latest(AuditQuery query) {
        Where where = where(query, citizenTables);
        return jdbc.sql("SELECT " + AuditRows.COLUMNS + " FROM " + where.tables() + where.sql() + " ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .params(where.params())
                .query(AuditRows::entry)
                .optional();
    }

    /**
     * The tables to read and a WHERE clause of named parameters only: caller text never becomes SQL. A citizen
     * criterion reads through the blocks, one probe of {@code (seq_block, citizen_id, seq)} per block.
     */
    private record Where(String tables, String sql, Map<String, Object> params) {
    }

    private static Where where(AuditQuery query, String citizenTables) {
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
        return new Where(query.citizenId() == null ? "audit_event" : citizenTables, sql.toString(), params);
    }
}
