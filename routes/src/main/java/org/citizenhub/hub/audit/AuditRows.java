package org.citizenhub.hub.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.citizenhub.hub.store.SqlTime;

/** The {@code audit_event} columns and their mapping to {@link AuditEntry}, shared by the log and the verifier. */
final class AuditRows {

    static final String COLUMNS = "seq, at, actor, actor_role, action, citizen_id, purpose, outcome, detail, prev_hash, hash";

    /** The single row of {@code audit_chain_head}: the last entry's seq and hash. */
    record Head(long seq, String hash) {
    }

    private AuditRows() {
    }

    static AuditEntry entry(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), SqlTime.read(rs, "at"), rs.getString("actor"), rs.getString("actor_role"),
                rs.getString("action"), rs.getString("citizen_id"), rs.getString("purpose"), rs.getString("outcome"),
                rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    static Head head(ResultSet rs, int rowNum) throws SQLException {
        return new Head(rs.getLong("last_seq"), rs.getString("last_hash"));
    }
}
