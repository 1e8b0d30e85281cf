package org.citizenhub.hub.identity;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Serialises identity resolution across hub members that share one database: each record's transaction
 * first locks the single row of {@code ingest_lock}, so two members never both mint a citizen for one
 * person. Within one member a JVM lock already queues the callers, so this row is never contended there.
 */
final class IngestLock {

    private final JdbcClient jdbc;

    IngestLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the row until the surrounding transaction ends. */
    void acquire() {
        jdbc.sql("SELECT id FROM ingest_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
    }
}
