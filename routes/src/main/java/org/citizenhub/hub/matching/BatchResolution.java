package org.citizenhub.hub.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.citizenhub.core.match.BatchResult;
import org.citizenhub.core.match.LinkOrigin;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.match.ProbabilisticBatchResolver;
import org.citizenhub.core.match.ProbabilisticMatcher;
import org.citizenhub.core.match.RecordMatcher;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.identity.CitizenIds;
import org.citizenhub.hub.identity.SourceRecordRepository;
import org.citizenhub.hub.store.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batch mode: resolves every stored record at once with the engine's batch resolver and writes the result
 * in bulk, for first loads, where matching records one by one against a growing store would be slow and
 * order-dependent. Reads canonical records only (no raw payloads); learns the model from them when there are
 * enough ({@link MatchingSettings#minTrainingRecords()}), else uses the model in use; writes citizens and
 * links with JDBC batches, one transaction per chunk; keeps existing citizen ids ({@link LinkPlan}); stores
 * and puts in use the learnt model. Run it while nothing else ingests (under the ingest lock in the hub).
 */
public final class BatchResolution {

    /**
     * What to write.
     *
     * @param storeLinks        write citizens and links to the store; false for a throw-away store, whose caller
     *                          takes the clusters and their new citizen ids from the {@link Outcome} instead
     * @param writeBlockingKeys store each record's blocking keys (for later incremental matching)
     * @param scoreLinks        give each link the best match weight within its citizen (else founders 1.0, others none)
     * @param possibleMatches   where pairs left for review go; null for nowhere
     * @param status            progress lines for a terminal (no personal data)
     */
    public record Options(boolean storeLinks, boolean writeBlockingKeys, boolean scoreLinks, PossibleMatchSink possibleMatches,
                          Consumer<String> status) {

        /** A throw-away store: nothing is written but the model; the clusters come back in the outcome. */
        public static Options inMemory(Consumer<String> status) {
            return new Options(false, false, false, null, status);
        }

        /** A store a hub serves: links, blocking keys, link scores and the review queue. */
        public static Options kept(PossibleMatchSink reviews, boolean writeBlockingKeys, Consumer<String> status) {
            return new Options(true, writeBlockingKeys, true, reviews, status);
        }
    }

    /**
     * What the batch did. {@code changedCitizens}: citizens that existed before and lost or gained records. When
     * links were not stored, {@code clusters} and {@code citizenIds} (one new id per cluster) say who is who.
     */
    public record Outcome(long records, long citizens, long newCitizens, long possibleMatches, Optional<StoredModel> learnt,
                          Set<String> changedCitizens, Map<String, Long> millis, List<List<RecordKey>> clusters,
                          List<String> citizenIds) {
    }

    static final int CHUNK = 5_000;
    /** Blocking keys are sorted and written this many at a time. */
    private static final int KEY_CHUNK = 100_000;
    /** A link's score in a cluster is its best weight against at most this many cluster mates. */
    private static final int MAX_MATES_SCORED = 20;
    private static final double FOUNDER_SCORE = 1.0;
    private static final Logger LOG = LoggerFactory.getLogger(BatchResolution.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CanonicalRecords canonical;
    private final MatchModelService models;
    private final SwappableMatcher matcher;
    private final CitizenIds ids = new CitizenIds();
    private final Clock clock;

    public BatchResolution(DataSource dataSource, CanonicalRecords canonical, MatchModelService models,
                           SwappableMatcher matcher, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.canonical = canonical;
        this.models = models;
        this.matcher = matcher;
        this.clock = clock;
    }

    /** Resolves every stored record (canonical form, read in key order). */
    public Outcome run(Options options) {
        long start = System.nanoTime();
        status(options, "loading stored records");
        List<SourceRecord> records = canonical.loadAll();
        Map<String, Long> millis = new LinkedHashMap<>();
        lap(millis, "load", start);
        return run(records, options, millis);
    }

    /** Resolves the given records (which the caller lets go of: the list is cleared when no longer needed). */
    public Outcome run(List<SourceRecord> records, Options options) {
        return run(records, options, new LinkedHashMap<>());
    }

    private Outcome run(List<SourceRecord> records, Options options, Map<String, Long> millis) {
        long start = System.nanoTime();
        if (records.isEmpty()) {
            return new Outcome(0, 0, 0, 0, Optional.empty(), Set.of(), millis, List.of(), List.of());
        }
        int recordCount = records.size();
        boolean learn = recordCount >= models.settings().minTrainingRecords();
        status(options, String.format("resolving %,d records%s", recordCount, learn ? " (learning the model)" : ""));
        ProbabilisticBatchResolver resolver = learn
                ? new ProbabilisticBatchResolver(models.settings().engine())
                : new ProbabilisticBatchResolver(models.settings().engine(), matcher.model());
        BatchResult result = resolver.resolveDetailed(records);
        start = lap(millis, "resolve", start);
        Optional<StoredModel> learnt = learn ? Optional.of(models.adopt(result.model(), recordCount)) : Optional.empty();

        if (!options.storeLinks()) {
            List<String> citizenIds = new ArrayList<>(result.clusters().size());
            result.clusters().forEach(cluster -> citizenIds.add(ids.next()));
            records.clear();
            lap(millis, "mintIds", start);
            return new Outcome(recordCount, result.clusters().size(), citizenIds.size(), result.possibleMatches().size(), learnt,
                    Set.of(), millis, result.clusters(), citizenIds);
        }

        status(options, String.format("writing %,d citizens", result.clusters().size()));
        Map<RecordKey, LinkPlan.Existing> existing = existingLinks();
        LinkPlan plan = LinkPlan.of(result.clusters(), existing);
        Set<RecordKey> possiblyElsewhere = new HashSet<>();
        for (BatchResult.PossibleMatch pair : result.possibleMatches()) {
            possiblyElsewhere.add(pair.first());
            possiblyElsewhere.add(pair.second());
        }
        Map<RecordKey, SourceRecord> byKey = index(records);
        ProbabilisticMatcher scoring = new ProbabilisticMatcher(result.model(), models.settings().engine());
        Written written = writeLinks(records, result.clusters(), plan, existing, possiblyElsewhere,
                options.scoreLinks() ? scoring : null, byKey);
        Set<String> changed = redirectVacated(plan, written.citizenOfCluster());
        changed.addAll(written.changedCitizens());
        start = lap(millis, "writeLinks", start);

        if (options.writeBlockingKeys()) {
            status(options, "writing blocking keys");
            writeBlockingKeys(records, matcher.current());
            start = lap(millis, "writeKeys", start);
        }
        long possible = result.possibleMatches().size();
        if (options.possibleMatches() != null) {
            status(options, String.format("queueing %,d possible matches for review", possible));
            possible = queuePossibleMatches(result.possibleMatches(), byKey, scoring, options.possibleMatches());
            lap(millis, "review", start);
        }
        LOG.info("Batch resolution: {} records into {} citizens ({} new), {} possible matches, model {}; ms {}", recordCount,
                result.clusters().size(), written.newCitizens(), possible,
                learnt.map(m -> "learnt (" + m.id() + ")").orElse("in use kept"), millis);
        return new Outcome(recordCount, result.clusters().size(), written.newCitizens(), possible, learnt, changed, millis,
                List.of(), List.of());
    }

    private record Written(String[] citizenOfCluster, long newCitizens, Set<String> changedCitizens) {
    }

    /**
     * New citizens first, in id order, then the links in the order of the records (key order when read from the
     * store): both go into their indexes in order, which keeps bulk inserts fast.
     */
    private Written writeLinks(List<SourceRecord> records, List<List<RecordKey>> clusters, LinkPlan plan,
                               Map<RecordKey, LinkPlan.Existing> existing, Set<RecordKey> possiblyElsewhere,
                               ProbabilisticMatcher scoring, Map<RecordKey, SourceRecord> byKey) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Object nowSql = SqlTime.toSql(now);
        String[] citizenOf = new String[clusters.size()];
        List<String> minted = new ArrayList<>();
        Map<RecordKey, Slot> slots = new HashMap<>(records.size() * 4 / 3 + 16);
        for (int c = 0; c < clusters.size(); c++) {
            String citizen = plan.kept(c);
            if (citizen == null) {
                citizen = ids.next();
                minted.add(citizen);
            }
            citizenOf[c] = citizen;
            List<RecordKey> cluster = clusters.get(c);
            float[] best = scoring == null || cluster.size() == 1 ? null : bestScores(scoring, byKey, cluster);
            for (int i = 0; i < cluster.size(); i++) {
                slots.put(cluster.get(i), new Slot(c, best == null ? Float.NaN : best[i]));
            }
        }
        minted.sort(null);
        List<Object[]> rows = new ArrayList<>(CHUNK);
        for (int i = 0; i < minted.size(); i++) {
            rows.add(new Object[] {minted.get(i), SqlTime.toSql(now.plus(i, ChronoUnit.MICROS))});
            if (rows.size() >= CHUNK) {
                flush("INSERT INTO citizen (id, created_at) VALUES (?, ?)", rows);
            }
        }
        flush("INSERT INTO citizen (id, created_at) VALUES (?, ?)", rows);

        Set<String> changed = new LinkedHashSet<>();
        List<Object[]> updates = new ArrayList<>();
        for (SourceRecord record : records) {
            RecordKey key = record.key();
            Slot slot = slots.get(key);
            int c = slot.cluster();
            List<RecordKey> cluster = clusters.get(c);
            String citizen = citizenOf[c];
            LinkPlan.Existing link = existing.get(key);
            if (link != null && (link.manual() || link.citizenId().equals(citizen))) {
                continue; // a caseworker's link stands; an unchanged link needs no write
            }
            LinkState state = cluster.size() == 1 && possiblyElsewhere.contains(key) ? LinkState.POSSIBLE_MATCH : LinkState.MATCH;
            Double score = null;
            if (cluster.size() == 1) {
                score = FOUNDER_SCORE;
            } else if (!Float.isNaN(slot.bestScore())) {
                score = Math.round(slot.bestScore() * 1000) / 1000.0;
            }
            if (link == null) {
                rows.add(new Object[] {key.sourceId(), key.recordId(), citizen, state.name(), score, LinkOrigin.AUTO.name(), nowSql});
                if (rows.size() >= CHUNK) {
                    flush(INSERT_LINK, rows);
                }
            } else {
                updates.add(new Object[] {citizen, state.name(), score, nowSql, key.sourceId(), key.recordId()});
                changed.add(link.citizenId());
                changed.add(citizen);
                if (updates.size() >= CHUNK) {
                    flush(UPDATE_LINK, updates);
                }
            }
        }
        flush(INSERT_LINK, rows);
        flush(UPDATE_LINK, updates);
        return new Written(citizenOf, minted.size(), changed);
    }

    private static final String INSERT_LINK = """
            INSERT INTO record_link (source_id, record_id, citizen_id, state, score, origin, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE_LINK = """
            UPDATE record_link SET citizen_id = ?, state = ?, score = ?, updated_at = ?
             WHERE source_id = ? AND record_id = ? AND origin = 'AUTO'""";

    /** One JDBC batch in one transaction; the rows are cleared. */
    private void flush(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> jdbc.batchUpdate(sql, rows));
        rows.clear();
    }

    /** Citizens that no cluster kept and that have no record left redirect to where most of their records went. */
    private Set<String> redirectVacated(LinkPlan plan, String[] citizenOfCluster) {
        Set<String> changed = new LinkedHashSet<>();
        plan.vacated().forEach((citizen, cluster) -> transactions.executeWithoutResult(status -> {
            Integer left = jdbc.queryForObject("SELECT COUNT(*) FROM record_link WHERE citizen_id = ?", Integer.class, citizen);
            if (left != null && left == 0) {
                jdbc.update("UPDATE citizen SET merged_into = ? WHERE id = ? OR merged_into = ?",
                        citizenOfCluster[cluster], citizen, citizen);
            }
            changed.add(citizen);
        }));
        return changed;
    }

    /** Where a record went: its cluster, and its best match weight against the others of it (NaN when not scored). */
    private record Slot(int cluster, float bestScore) {
    }

    /**
     * Each record's best match weight against its cluster mates, every pair scored once; in a large cluster only
     * against the first {@value #MAX_MATES_SCORED} records.
     */
    private static float[] bestScores(ProbabilisticMatcher scoring, Map<RecordKey, SourceRecord> byKey, List<RecordKey> cluster) {
        float[] best = new float[cluster.size()];
        java.util.Arrays.fill(best, Float.NEGATIVE_INFINITY);
        int scored = Math.min(cluster.size(), MAX_MATES_SCORED + 1);
        for (int i = 0; i < cluster.size(); i++) {
            SourceRecord record = byKey.get(cluster.get(i));
            for (int j = 0; j < Math.min(i, scored); j++) {
                float weight = (float) scoring.score(record, byKey.get(cluster.get(j)));
                best[i] = Math.max(best[i], weight);
                best[j] = Math.max(best[j], weight);
            }
        }
        return best;
    }

    /**
     * Each record's blocking keys, in chunks sorted by key so they go into the key index in order. Keys of these
     * records are deleted first only when the store holds keys at all (not on a first load into a new store).
     */
    private void writeBlockingKeys(List<SourceRecord> records, RecordMatcher keys) {
        boolean replace = !jdbc.queryForList("SELECT 1 FROM record_key FETCH FIRST 1 ROWS ONLY", Integer.class).isEmpty();
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (SourceRecord record : records) {
            RecordKey key = record.key();
            if (replace) {
                deletes.add(new Object[] {key.sourceId(), key.recordId()});
            }
            for (String blockingKey : SourceRecordRepository.storedKeys(keys.blockingKeys(record))) {
                inserts.add(new Object[] {blockingKey, key.sourceId(), key.recordId()});
            }
            if (inserts.size() >= KEY_CHUNK) {
                flushKeys(deletes, inserts);
            }
        }
        flushKeys(deletes, inserts);
    }

    private void flushKeys(List<Object[]> deletes, List<Object[]> inserts) {
        inserts.sort(Comparator.comparing((Object[] row) -> (String) row[0]));
        transactions.executeWithoutResult(status -> {
            if (!deletes.isEmpty()) {
                jdbc.batchUpdate("DELETE FROM record_key WHERE source_id = ? AND record_id = ?", deletes);
            }
            for (int from = 0; from < inserts.size(); from += CHUNK) {
                jdbc.batchUpdate("INSERT INTO record_key (blocking_key, source_id, record_id) VALUES (?, ?, ?)",
                        inserts.subList(from, Math.min(inserts.size(), from + CHUNK)));
            }
        });
        deletes.clear();
        inserts.clear();
    }

    private long queuePossibleMatches(List<BatchResult.PossibleMatch> pairs, Map<RecordKey, SourceRecord> byKey,
                                      RecordMatcher scoring, PossibleMatchSink sink) {
        sink.start();
        long queued = 0;
        for (int from = 0; from < pairs.size(); from += CHUNK) {
            List<BatchResult.PossibleMatch> chunk = pairs.subList(from, Math.min(pairs.size(), from + CHUNK));
            queued += transactions.execute(status -> {
                long n = 0;
                for (BatchResult.PossibleMatch pair : chunk) {
                    SourceRecord first = byKey.get(pair.first());
                    SourceRecord second = byKey.get(pair.second());
                    if (first != null && second != null) {
                        sink.open(pair.first(), pair.second(), scoring.compare(first, second));
                        n++;
                    }
                }
                return n;
            });
        }
        return queued;
    }

    private Map<RecordKey, LinkPlan.Existing> existingLinks() {
        Map<RecordKey, LinkPlan.Existing> links = new HashMap<>();
        jdbc.query("SELECT source_id, record_id, citizen_id, origin FROM record_link", rs -> {
            links.put(new RecordKey(rs.getString(1), rs.getString(2)),
                    new LinkPlan.Existing(rs.getString(3), LinkOrigin.MANUAL.name().equals(rs.getString(4))));
        });
        return links;
    }

    private static Map<RecordKey, SourceRecord> index(List<SourceRecord> records) {
        Map<RecordKey, SourceRecord> byKey = new HashMap<>(records.size() * 4 / 3 + 16);
        records.forEach(r -> byKey.put(r.key(), r));
        return byKey;
    }

    private static void status(Options options, String line) {
        if (options.status() != null) {
            options.status().accept(line);
        }
    }

    private static long lap(Map<String, Long> millis, String phase, long start) {
        long now = System.nanoTime();
        millis.put(phase, (now - start) / 1_000_000);
        return now;
    }
}
