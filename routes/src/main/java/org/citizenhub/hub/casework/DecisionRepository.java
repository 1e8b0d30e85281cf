package org.citizenhub.hub.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.store.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The {@code link_decision} table: every caseworker decision, never changed once written. */
public final class DecisionRepository {

    private static final String COLUMNS = "id, action, citizen_id, other_citizen_id, source_id, record_id, other_source_id, "
            + "other_record_id, review_item_id, actor, reason, decided_at";

    private final JdbcClient jdbc;

    public DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the decision and answers it with its id. */
    public Decision record(Decision decision) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO link_decision (action, citizen_id, other_citizen_id, source_id, record_id, other_source_id,
                                                   other_record_id, review_item_id, actor, reason, decided_at)
                        VALUES (:action, :citizen, :other, :source, :record, :otherSource, :otherRecord, :item, :actor,
                                :reason, :at)""")
                .param("action", decision.action().name())
                .param("citizen", decision.citizenId())
                .param("other", decision.otherCitizenId())
                .param("source", decision.record() == null ? null : decision.record().sourceId())
                .param("record", decision.record() == null ? null : decision.record().recordId())
                .param("otherSource", decision.otherRecord() == null ? null : decision.otherRecord().sourceId())
                .param("otherRecord", decision.otherRecord() == null ? null : decision.otherRecord().recordId())
                .param("item", decision.reviewItemId())
                .param("actor", decision.actor())
                .param("reason", decision.reason())
                .param("at", SqlTime.toSql(decision.decidedAt()))
                .update(keys, "id");
        return decision.withId(keys.getKey().longValue());
    }

    /** The decisions that name this citizen or any citizen merged into it, newest first. */
    public List<Decision> forCitizen(String citizenId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM link_decision
                        WHERE citizen_id = :id OR other_citizen_id = :id
                           OR citizen_id IN (SELECT c.id FROM citizen c WHERE c.merged_into = :id)
                           OR other_citizen_id IN (SELECT c.id FROM citizen c WHERE c.merged_into = :id)
                        ORDER BY decided_at DESC, id DESC""")
                .param("id", citizenId)
                .query(DecisionRepository::row)
                .list();
    }

    private static Decision row(ResultSet rs, int n) throws SQLException {
        return new Decision(rs.getLong("id"), DecisionAction.valueOf(rs.getString("action")), rs.getString("citizen_id"),
                rs.getString("other_citizen_id"), key(rs, "source_id", "record_id"),
                key(rs, "other_source_id", "other_record_id"),
                rs.getObject("review_item_id") == null ? null : rs.getLong("review_item_id"),
                rs.getString("actor"), rs.getString("reason"), SqlTime.read(rs, "decided_at"));
    }

    private static RecordKey key(ResultSet rs, String source, String record) throws SQLException {
        String sourceId = rs.getString(source);
        return sourceId == null ? null : new RecordKey(sourceId, rs.getString(record));
    }
}
