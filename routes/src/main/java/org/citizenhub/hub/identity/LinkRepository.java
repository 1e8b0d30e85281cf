package org.citizenhub.hub.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.citizenhub.core.match.LinkOrigin;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.store.SqlTime;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Record-to-citizen links. A record has at most one link at a time. */
public final class LinkRepository {

    private static final String COLUMNS = "source_id, record_id, citizen_id, state, score, origin, updated_at";

    private final JdbcClient jdbc;

    public LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Link> find(RecordKey record) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM record_link WHERE source_id = :source AND record_id = :record")
                .param("source", record.sourceId())
                .param("record", record.recordId())
                .query(LinkRepository::row)
                .optional();
    }

    public List<Link> findByCitizen(String citizenId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM record_link WHERE citizen_id = :citizen ORDER BY source_id, record_id")
                .param("citizen", citizenId)
                .query(LinkRepository::row)
                .list();
    }

    /** Inserts the link, or replaces the record's existing one. */
    public void save(Link link) {
        int updated = jdbc.sql("""
                        UPDATE record_link SET citizen_id = :citizen, state = :state, score = :score, origin = :origin,
                               updated_at = :updatedAt
                         WHERE source_id = :source AND record_id = :record""")
                .params(params(link))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO record_link (source_id, record_id, citizen_id, state, score, origin, updated_at)
                            VALUES (:source, :record, :citizen, :state, :score, :origin, :updatedAt)""")
                    .params(params(link))
                    .update();
        }
    }

    /** Removes the record's link (its source deleted it); answers whether there was one. */
    public boolean delete(RecordKey record) {
        return jdbc.sql("DELETE FROM record_link WHERE source_id = :source AND record_id = :record")
                .param("source", record.sourceId())
                .param("record", record.recordId())
                .update() > 0;
    }

    /** Moves every link of one citizen to another (a merge). */
    public void moveAll(String fromCitizen, String toCitizen, Instant now) {
        jdbc.sql("UPDATE record_link SET citizen_id = :to, updated_at = :now WHERE citizen_id = :from")
                .param("to", toCitizen)
                .param("now", SqlTime.toSql(now))
                .param("from", fromCitizen)
                .update();
    }

    public long countByCitizen(String citizenId) {
        return jdbc.sql("SELECT COUNT(*) FROM record_link WHERE citizen_id = :citizen")
                .param("citizen", citizenId)
                .query(Long.class)
                .single();
    }

    /** Whether a caseworker has linked any record to this citizen: such a citizen is never absorbed automatically. */
    public boolean hasManualLink(String citizenId) {
        return jdbc.sql("SELECT COUNT(*) FROM record_link WHERE citizen_id = :citizen AND origin = 'MANUAL'")
                .param("citizen", citizenId)
                .query(Long.class)
                .single() > 0;
    }

    /** Every link, by source and record id, streamed (the batch command writes its crosswalk from it). */
    public void forEach(Consumer<Link> action) {
        jdbc.sql("SELECT " + COLUMNS + " FROM record_link ORDER BY source_id, record_id")
                .query((RowCallbackHandler) rs -> action.accept(row(rs, 0)));
    }

    private static Map<String, Object> params(Link link) {
        Map<String, Object> params = new HashMap<>();
        params.put("source", link.record().sourceId());
        params.put("record", link.record().recordId());
        params.put("citizen", link.citizenId());
        params.put("state", link.state().name());
        params.put("score", link.score());
        params.put("origin", link.origin().name());
        params.put("updatedAt", SqlTime.toSql(link.updatedAt()));
        return params;
    }

    private static Link row(ResultSet rs, int rowNum) throws SQLException {
        Double score = rs.getObject("score") == null ? null : rs.getDouble("score");
        return new Link(new RecordKey(rs.getString("source_id"), rs.getString("record_id")),
                rs.getString("citizen_id"),
                LinkState.valueOf(rs.getString("state")),
                score,
                LinkOrigin.valueOf(rs.getString("origin")),
                SqlTime.read(rs, "updated_at"));
    }
}
