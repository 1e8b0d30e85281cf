package org.citizenhub.hub.casework;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.store.SourceRecordJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code search_key} table: each stored record's {@link SearchKeys}, and the records a search's keys find.
 *
 * <p>Finding candidates reads each key's rows up to a bound. A key with more rows than
 * {@value #COMMON_KEY_BOUND} (a frequent name's sound in a large population) cannot tell a few hundred
 * candidates apart, so it is left out, as blocking leaves out oversized blocks. The other keys choose,
 * smallest first (pairs, a date of birth, an identifier), and a key too large for the room left (at most
 * {@value #CHOOSING_ROOM} records chosen) only adds to the count of keys shared by the records already
 * chosen. The work per search is therefore bounded by the number of keys, whatever the population's size,
 * and counting the keys shared happens here rather than in a database GROUP BY over every row of every key.
 */
public final class SearchIndex {

    /** A record found by a search: how many of the search's keys it shares, and its citizen. */
    public record Candidate(SourceRecord record, String citizenId, int keysShared) {
    }

    /** Rows above which a key is too common to choose candidates with. */
    static final int COMMON_KEY_BOUND = 1000;

    /**
     * How many records the keys may choose before larger keys only count: a few pages of results. A key that
     * would bring in more people sharing little else with the search (everyone named John) costs a comparison
     * per record and shows the caseworker nobody new worth a look; the rarer keys read first already hold
     * whoever shares a pair or an identifier with the search.
     */
    static final int CHOOSING_ROOM = 50;

    /**
     * One key's first records. The order is the primary key's whole column list, so the database walks that
     * index and stops at the limit; ordered by record alone, it would read and sort every row of a common key.
     */
    static final String RECORDS_WITH_KEY = """
            SELECT source_id, record_id FROM search_key WHERE search_key = :key
             ORDER BY search_key, source_id, record_id FETCH FIRST %d ROWS ONLY""";

    private static final Comparator<Map.Entry<RecordKey, Integer>> MOST_SHARED_FIRST =
            Comparator.comparing((Map.Entry<RecordKey, Integer> e) -> -e.getValue())
                    .thenComparing(e -> e.getKey().sourceId())
                    .thenComparing(e -> e.getKey().recordId());

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final SourceRecordJson json;
    private final CommonSearchKeys commonKeys =
            new CommonSearchKeys(Clock.systemUTC(), TimeUnit.MINUTES.toMillis(30), 100_000);

    public SearchIndex(JdbcClient jdbc, JdbcTemplate batch, SourceRecordJson json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Replaces the record's keys with the given ones. */
    public void replace(RecordKey record, Set<String> keys) {
        jdbc.sql("DELETE FROM search_key WHERE source_id = :source AND record_id = :record")
                .param("source", record.sourceId())
                .param("record", record.recordId())
                .update();
        insert(Map.of(record, keys));
    }

    /** Adds the keys of records that have none yet (one batch for all of them). */
    public void insert(Map<RecordKey, Set<String>> keysByRecord) {
        List<Object[]> rows = new ArrayList<>();
        keysByRecord.forEach((record, keys) -> {
            for (String key : keys) {
                rows.add(new Object[] {key, record.sourceId(), record.recordId()});
            }
        });
        if (!rows.isEmpty()) {
            batch.batchUpdate("INSERT INTO search_key (search_key, source_id, record_id) VALUES (?, ?, ?)", rows);
        }
    }

    /**
     * The linked records sharing most of the given keys, at most {@code limit} of them (most keys shared
     * first, then by source and record id, so the choice is repeatable). Keys too common to choose with are
     * left out; when every key is that common, the most selective kind of them gives the first
     * {@code limit} records in key order (the caller reports the list as incomplete).
     */
    public List<Candidate> candidates(Collection<String> keys, int limit) {
        List<List<RecordKey>> rare = new ArrayList<>();
        List<String> common = new ArrayList<>();
        for (String key : keys) {
            if (!commonKeys.contains(key)) {
                List<RecordKey> records = recordsWith(key, COMMON_KEY_BOUND + 1);
                if (records.size() <= COMMON_KEY_BOUND) {
                    rare.add(records);
                    continue;
                }
                commonKeys.add(key);
            }
            common.add(key);
        }
        Map<RecordKey, Integer> shared = new HashMap<>();
        rare.sort(Comparator.comparingInt(List::size));
        for (List<RecordKey> records : rare) {
            // The smallest keys choose; a larger key that would push past the room only counts towards the
            // records already chosen, so a search reads its rarest evidence first, as a blocking pass does.
            boolean choose = shared.isEmpty() || shared.size() + records.size() <= Math.min(limit, CHOOSING_ROOM);
            for (RecordKey record : records) {
                if (choose) {
                    shared.merge(record, 1, Integer::sum);
                } else {
                    shared.computeIfPresent(record, (r, n) -> n + 1);
                }
            }
        }
        if (shared.isEmpty() && !common.isEmpty()) {
            String mostSelective = common.stream().min(SearchKeys.MOST_SELECTIVE_FIRST).orElseThrow();
            recordsWith(mostSelective, limit).forEach(record -> shared.put(record, 1));
        }
        Map<RecordKey, Integer> chosen = new LinkedHashMap<>();
        shared.entrySet().stream().sorted(MOST_SHARED_FIRST).limit(limit)
                .forEach(e -> chosen.put(e.getKey(), e.getValue()));
        return load(chosen);
    }

    private List<RecordKey> recordsWith(String key, int limit) {
        return jdbc.sql(RECORDS_WITH_KEY.formatted(limit))
                .param("key", key)
                .query((rs, n) -> new RecordKey(rs.getString("source_id"), rs.getString("record_id")))
                .list();
    }

    /**
     * The chosen linked records with their citizens, in the chosen order. One query: the keys as a VALUES table
     * joined on the primary keys, so each is one index look-up; a {@code record_id IN (...)} list is tested
     * row by row by H2 across the whole source (400,000 rows at 1M records).
     */
    private List<Candidate> load(Map<RecordKey, Integer> chosen) {
        if (chosen.isEmpty()) {
            return List.of();
        }
        StringBuilder values = new StringBuilder("(CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(200)))");
        values.append(", (?, ?)".repeat(chosen.size() - 1));
        List<Object> params = new ArrayList<>(chosen.size() * 2);
        chosen.keySet().forEach(key -> {
            params.add(key.sourceId());
            params.add(key.recordId());
        });
        Map<RecordKey, Candidate> loaded = new HashMap<>();
        jdbc.sql("""
                        SELECT sr.source_id, sr.record_id, sr.canonical_json, l.citizen_id
                          FROM (VALUES %s) AS k (source_id, record_id)
                          JOIN source_record sr ON sr.source_id = k.source_id AND sr.record_id = k.record_id
                          JOIN record_link l ON l.source_id = sr.source_id AND l.record_id = sr.record_id"""
                        .formatted(values))
                .params(params)
                .query((rs, n) -> {
                    RecordKey key = new RecordKey(rs.getString("source_id"), rs.getString("record_id"));
                    return new Candidate(json.read(rs.getString("canonical_json"), null), rs.getString("citizen_id"),
                            chosen.get(key));
                })
                .list()
                .forEach(candidate -> loaded.put(candidate.record().key(), candidate));
        List<Candidate> ordered = new ArrayList<>(loaded.size());
        chosen.keySet().forEach(key -> {
            Candidate candidate = loaded.get(key);
            if (candidate != null) {
                ordered.add(candidate);
            }
        });
        return ordered;
    }

    /**
     * Stored records without any search key (stored before this index existed), after {@code after} in
     * key order, at most {@code limit}. A record whose fields give no key stays "unindexed", so callers
     * page on with the last key returned.
     */
    public List<SourceRecord> unindexed(RecordKey after, int limit) {
        return jdbc.sql("""
                        SELECT sr.canonical_json FROM source_record sr
                         WHERE (sr.source_id > :source OR (sr.source_id = :source AND sr.record_id > :record))
                           AND NOT EXISTS (SELECT 1 FROM search_key k
                                            WHERE k.source_id = sr.source_id AND k.record_id = sr.record_id)
                         ORDER BY sr.source_id, sr.record_id
                         FETCH FIRST %d ROWS ONLY""".formatted(limit))
                .param("source", after.sourceId())
                .param("record", after.recordId())
                .query((rs, n) -> json.read(rs.getString("canonical_json"), null))
                .list();
    }
}
