package org.citizenhub.hub.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citizenhub.hub.store.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Citizens: minting, merging (redirects) and looking up an id, following its redirect. */
public final class CitizenRepository {

    private final JdbcClient jdbc;
    private final CitizenIds ids;

    /** The last creation time handed out; creation times strictly increase so "oldest" is always decided. */
    private Instant lastCreatedAt = Instant.EPOCH;

    public CitizenRepository(JdbcClient jdbc, CitizenIds ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    public Citizen create(Instant now) {
        Instant createdAt = nextCreatedAt(now);
        Citizen citizen = new Citizen(ids.next(), createdAt, null);
        jdbc.sql("INSERT INTO citizen (id, created_at) VALUES (:id, :createdAt)")
                .param("id", citizen.id())
                .param("createdAt", SqlTime.toSql(createdAt))
                .update();
        return citizen;
    }

    public Optional<Citizen> find(String id) {
        return jdbc.sql("SELECT id, created_at, merged_into FROM citizen WHERE id = :id")
                .param("id", id)
                .query(CitizenRepository::row)
                .optional();
    }

    /** The live citizen an id stands for: itself, or the survivor it was merged into. Empty when unknown. */
    public Optional<Citizen> resolve(String id) {
        Set<String> seen = new HashSet<>();
        Optional<Citizen> current = find(id);
        while (current.isPresent() && current.get().isMerged() && seen.add(current.get().id())) {
            current = find(current.get().mergedInto());
        }
        return current;
    }

    /** The given citizens, oldest first (creation time, then id, so the order is total). */
    public List<Citizen> oldestFirst(Collection<String> citizenIds) {
        return jdbc.sql("SELECT id, created_at, merged_into FROM citizen WHERE id IN (:ids) ORDER BY created_at, id")
                .param("ids", citizenIds)
                .query(CitizenRepository::row)
                .list();
    }

    /**
     * Makes {@code absorbed} redirect to {@code survivor}, and with it every id that redirected to
     * {@code absorbed}, so that a redirect is always one hop.
     */
    public void redirect(String absorbed, String survivor) {
        jdbc.sql("UPDATE citizen SET merged_into = :survivor WHERE id = :absorbed OR merged_into = :absorbed")
                .param("survivor", survivor)
                .param("absorbed", absorbed)
                .update();
    }

    public long countLive() {
        return jdbc.sql("SELECT COUNT(*) FROM citizen WHERE merged_into IS NULL").query(Long.class).single();
    }

    private synchronized Instant nextCreatedAt(Instant now) {
        Instant candidate = now.truncatedTo(ChronoUnit.MICROS);
        lastCreatedAt = candidate.isAfter(lastCreatedAt) ? candidate : lastCreatedAt.plus(1, ChronoUnit.MICROS);
        return lastCreatedAt;
    }

    private static Citizen row(ResultSet rs, int rowNum) throws SQLException {
        return new Citizen(rs.getString("id"), SqlTime.read(rs, "created_at"), rs.getString("merged_into"));
    }
}
