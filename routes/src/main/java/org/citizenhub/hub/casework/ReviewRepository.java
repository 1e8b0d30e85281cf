package org.citizenhub.hub.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.match.MatchResult;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.store.SourceRecordJson;
import org.citizenhub.hub.store.SqlTime;
import org.citizenhub.hub.store.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code review_item} table: possible matches waiting for a caseworker, and what became of them. */
public final class ReviewRepository {

    /** An open item with both records and the citizens they are linked to now. */
    public record OpenItem(ReviewItem item, SourceRecord first, String firstCitizen, SourceRecord second,
                           String secondCitizen) {
    }

    private static final String COLUMNS = "r.id, r.source_a, r.record_a, r.source_b, r.record_b, r.state, r.score, r.note, "
            + "r.fields_json, r.status, r.created_at";

    /**
     * Joins an item to its records' links, keeping the open items that are still a question: not those whose
     * records have since been linked into one citizen as sure matches.
     */
    private static final String STILL_OPEN = """
              JOIN record_link la ON la.source_id = r.source_a AND la.record_id = r.record_a
              JOIN record_link lb ON lb.source_id = r.source_b AND lb.record_id = r.record_b
             WHERE r.status = 'OPEN'
               AND NOT (la.citizen_id = lb.citizen_id AND la.state = 'MATCH' AND lb.state = 'MATCH')""";

    private final JdbcClient jdbc;
    private final SourceRecordJson json;

    public ReviewRepository(JdbcClient jdbc, SourceRecordJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<ReviewItem> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_item r WHERE r.id = :id")
                .param("id", id)
                .query(ReviewRepository::row)
                .optional();
    }

    /** The item of this pair, in either order, whatever its status. */
    public Optional<ReviewItem> findPair(RecordKey a, RecordKey b) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM review_item r
                        WHERE (r.source_a = :sa AND r.record_a = :ra AND r.source_b = :sb AND r.record_b = :rb)
                           OR (r.source_a = :sb AND r.record_a = :rb AND r.source_b = :sa AND r.record_b = :ra)""")
                .param("sa", a.sourceId()).param("ra", a.recordId())
                .param("sb", b.sourceId()).param("rb", b.recordId())
                .query(ReviewRepository::row)
                .list().stream().findFirst();
    }

    /** Open items that name this record on either side. */
    public List<ReviewItem> openTouching(RecordKey record) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM review_item r
                        WHERE r.status = 'OPEN'
                          AND ((r.source_a = :s AND r.record_a = :r) OR (r.source_b = :s AND r.record_b = :r))
                        ORDER BY r.id""")
                .param("s", record.sourceId())
                .param("r", record.recordId())
                .query(ReviewRepository::row)
                .list();
    }

    /** Open items raised when this record was ingested. */
    public List<ReviewItem> openRaisedBy(RecordKey record) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_item r WHERE r.status = 'OPEN' AND r.source_a = :s AND r.record_a = :r")
                .param("s", record.sourceId())
                .param("r", record.recordId())
                .query(ReviewRepository::row)
                .list();
    }

    public void open(RecordKey first, RecordKey second, MatchResult result, String note, Instant now) {
        jdbc.sql("""
                        INSERT INTO review_item (source_a, record_a, source_b, record_b, state, score, note, fields_json, status,
                                                 created_at)
                        VALUES (:sa, :ra, :sb, :rb, :state, :score, :note, :fields, 'OPEN', :at)""")
                .param("sa", first.sourceId()).param("ra", first.recordId())
                .param("sb", second.sourceId()).param("rb", second.recordId())
                .param("state", result.state().name())
                .param("score", result.score())
                .param("note", Texts.limit(note, 1000))
                .param("fields", FieldsJson.write(result.fields()))
                .param("at", SqlTime.toSql(now))
                .update();
    }

    /** The pair was compared again (a record changed): the item shows the new comparison. */
    public void rescore(long id, MatchResult result, String note) {
        jdbc.sql("UPDATE review_item SET state = :state, score = :score, note = :note, fields_json = :fields WHERE id = :id")
                .param("state", result.state().name())
                .param("score", result.score())
                .param("note", Texts.limit(note, 1000))
                .param("fields", FieldsJson.write(result.fields()))
                .param("id", id)
                .update();
    }

    /** An item closed because a record of it was deleted is a question again: the pair was raised anew. */
    public boolean reopen(long id, MatchResult result, String note) {
        return jdbc.sql("""
                        UPDATE review_item SET status = 'OPEN', decision_id = NULL, decided_at = NULL, state = :state,
                               score = :score, note = :note, fields_json = :fields
                         WHERE id = :id AND status = 'OBSOLETE'""")
                .param("state", result.state().name())
                .param("score", result.score())
                .param("note", Texts.limit(note, 1000))
                .param("fields", FieldsJson.write(result.fields()))
                .param("id", id)
                .update() > 0;
    }

    /** Closes an open item; false when it was no longer open. */
    public boolean close(long id, ReviewStatus status, Long decisionId, Instant now) {
        return jdbc.sql("""
                        UPDATE review_item SET status = :status, decision_id = :decision, decided_at = :at
                         WHERE id = :id AND status = 'OPEN'""")
                .param("status", status.name())
                .param("decision", decisionId)
                .param("at", SqlTime.toSql(now))
                .param("id", id)
                .update() > 0;
    }

    /** A page of the items still open, oldest first, with both records and their citizens. */
    public List<OpenItem> stillOpen(int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                        , sa.canonical_json AS first_json, la.citizen_id AS first_citizen,
                          sb.canonical_json AS second_json, lb.citizen_id AS second_citizen
                          FROM review_item r
                          JOIN source_record sa ON sa.source_id = r.source_a AND sa.record_id = r.record_a
                          JOIN source_record sb ON sb.source_id = r.source_b AND sb.record_id = r.record_b
                        """ + STILL_OPEN + """

                         ORDER BY r.id
                        OFFSET %d ROWS FETCH NEXT %d ROWS ONLY""".formatted(offset, limit))
                .query((rs, n) -> new OpenItem(row(rs, n), json.read(rs.getString("first_json"), null),
                        rs.getString("first_citizen"), json.read(rs.getString("second_json"), null),
                        rs.getString("second_citizen")))
                .list();
    }

    public long countStillOpen() {
        return jdbc.sql("SELECT COUNT(*) FROM review_item r" + STILL_OPEN).query(Long.class).single();
    }

    private static ReviewItem row(ResultSet rs, int n) throws SQLException {
        return new ReviewItem(rs.getLong("id"),
                new RecordKey(rs.getString("source_a"), rs.getString("record_a")),
                new RecordKey(rs.getString("source_b"), rs.getString("record_b")),
                LinkState.valueOf(rs.getString("state")), rs.getDouble("score"), rs.getString("note"),
                FieldsJson.read(rs.getString("fields_json")), ReviewStatus.valueOf(rs.getString("status")),
                SqlTime.read(rs, "created_at"));
    }
}
