package org.citizenhub.hub.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.store.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code link_evidence} table: per record, the comparisons it was linked by. */
public final class EvidenceRepository {

    private final JdbcClient jdbc;

    public EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the record's evidence with the given rows (all for that record). */
    public void replace(RecordKey record, List<Evidence> rows) {
        delete(record);
        for (Evidence evidence : rows) {
            jdbc.sql("""
                            INSERT INTO link_evidence (source_id, record_id, via_source_id, via_record_id, state, score,
                                                       fields_json, recorded_at)
                            VALUES (:source, :record, :viaSource, :viaRecord, :state, :score, :fields, :at)""")
                    .param("source", record.sourceId())
                    .param("record", record.recordId())
                    .param("viaSource", evidence.via() == null ? null : evidence.via().sourceId())
                    .param("viaRecord", evidence.via() == null ? null : evidence.via().recordId())
                    .param("state", evidence.state() == null ? null : evidence.state().name())
                    .param("score", evidence.score())
                    .param("fields", FieldsJson.write(evidence.fields()))
                    .param("at", SqlTime.toSql(evidence.recordedAt()))
                    .update();
        }
    }

    public void delete(RecordKey record) {
        jdbc.sql("DELETE FROM link_evidence WHERE source_id = :source AND record_id = :record")
                .param("source", record.sourceId())
                .param("record", record.recordId())
                .update();
    }

    /** The evidence of every record now linked to the citizen. */
    public List<Evidence> forCitizen(String citizenId) {
        return jdbc.sql("""
                        SELECT e.source_id, e.record_id, e.via_source_id, e.via_record_id, e.state, e.score, e.fields_json,
                               e.recorded_at
                          FROM link_evidence e
                          JOIN record_link l ON l.source_id = e.source_id AND l.record_id = e.record_id
                         WHERE l.citizen_id = :citizen
                         ORDER BY e.source_id, e.record_id, e.id""")
                .param("citizen", citizenId)
                .query(EvidenceRepository::row)
                .list();
    }

    private static Evidence row(ResultSet rs, int n) throws SQLException {
        String viaSource = rs.getString("via_source_id");
        String state = rs.getString("state");
        Double score = rs.getObject("score") == null ? null : rs.getDouble("score");
        return new Evidence(new RecordKey(rs.getString("source_id"), rs.getString("record_id")),
                viaSource == null ? null : new RecordKey(viaSource, rs.getString("via_record_id")),
                state == null ? null : LinkState.valueOf(state), score,
                FieldsJson.read(rs.getString("fields_json")), SqlTime.read(rs, "recorded_at"));
    }
}
