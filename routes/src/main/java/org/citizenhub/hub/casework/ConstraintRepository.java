package org.citizenhub.hub.casework;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.store.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code record_constraint} table: pairs of records a caseworker keeps apart (NO_MATCH). Each pair is
 * stored in both directions, so the records kept apart from one record are one index lookup away.
 */
public final class ConstraintRepository {

    /** Two citizens that must not become one, because each holds one record of a kept-apart pair. */
    public record CitizenPair(String first, String second) {
    }

    private final JdbcClient jdbc;

    public ConstraintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void keepApart(RecordKey a, RecordKey b, long decisionId, Instant now) {
        if (between(a, b)) {
            return;
        }
        insert(a, b, decisionId, now);
        insert(b, a, decisionId, now);
    }

    public boolean between(RecordKey a, RecordKey b) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM record_constraint
                         WHERE source_a = :sa AND record_a = :ra AND source_b = :sb AND record_b = :rb""")
                .param("sa", a.sourceId()).param("ra", a.recordId())
                .param("sb", b.sourceId()).param("rb", b.recordId())
                .query(Long.class).single() > 0;
    }

    /** The records kept apart from this one. */
    public List<RecordKey> apartFrom(RecordKey record) {
        return jdbc.sql("SELECT source_b, record_b FROM record_constraint WHERE source_a = :source AND record_a = :record")
                .param("source", record.sourceId())
                .param("record", record.recordId())
                .query((rs, n) -> new RecordKey(rs.getString("source_b"), rs.getString("record_b")))
                .list();
    }

    /** The citizens now holding a record kept apart from this one: the record must never join them. */
    public Set<String> citizensApartFrom(RecordKey record) {
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT l.citizen_id FROM record_constraint c
                          JOIN record_link l ON l.source_id = c.source_b AND l.record_id = c.record_b
                         WHERE c.source_a = :source AND c.record_a = :record""")
                .param("source", record.sourceId())
                .param("record", record.recordId())
                .query(String.class)
                .list());
    }

    /** Among the given citizens, the pairs that hold two records kept apart (each pair once, either order). */
    public Set<CitizenPair> apartAmong(Collection<String> citizenIds) {
        Set<CitizenPair> pairs = new HashSet<>();
        jdbc.sql("""
                        SELECT DISTINCT la.citizen_id AS citizen_a, lb.citizen_id AS citizen_b FROM record_constraint c
                          JOIN record_link la ON la.source_id = c.source_a AND la.record_id = c.record_a
                          JOIN record_link lb ON lb.source_id = c.source_b AND lb.record_id = c.record_b
                         WHERE la.citizen_id IN (:ids) AND lb.citizen_id IN (:ids)""")
                .param("ids", List.copyOf(citizenIds))
                .query((rs, n) -> new CitizenPair(rs.getString("citizen_a"), rs.getString("citizen_b")))
                .list()
                .forEach(pairs::add);
        return pairs;
    }

    /** Lifts every constraint between a record of {@code first} and one of {@code second} (a newer decision joined them). */
    public int lift(Collection<RecordKey> first, Collection<RecordKey> second) {
        Set<RecordKey> others = new HashSet<>(second);
        int lifted = 0;
        for (RecordKey a : first) {
            for (RecordKey b : apartFrom(a)) {
                if (others.contains(b)) {
                    delete(a, b);
                    delete(b, a);
                    lifted++;
                }
            }
        }
        return lifted;
    }

    private void insert(RecordKey a, RecordKey b, long decisionId, Instant now) {
        jdbc.sql("""
                        INSERT INTO record_constraint (source_a, record_a, source_b, record_b, state, decision_id, created_at)
                        VALUES (:sa, :ra, :sb, :rb, 'NO_MATCH', :decision, :at)""")
                .param("sa", a.sourceId()).param("ra", a.recordId())
                .param("sb", b.sourceId()).param("rb", b.recordId())
                .param("decision", decisionId)
                .param("at", SqlTime.toSql(now))
                .update();
    }

    private void delete(RecordKey a, RecordKey b) {
        jdbc.sql("""
                        DELETE FROM record_constraint
                         WHERE source_a = :sa AND record_a = :ra AND source_b = :sb AND record_b = :rb""")
                .param("sa", a.sourceId()).param("ra", a.recordId())
                .param("sb", b.sourceId()).param("rb", b.recordId())
                .update();
    }
}
