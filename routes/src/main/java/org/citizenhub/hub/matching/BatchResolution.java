package org.citizenhub.hub.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
     * What to write besides citizens and links.
     *
     * @param writeBlockingKeys store each record's blocking keys (for later incremental matching)
     * @param scoreLinks        give each link the best match weight within its citizen (else founders 1.0, others none)
     * @param possibleMatches   where pairs left for review go; null for nowhere
     * @param status            progress lines for a terminal (no personal data)
     */
    public record Options(boolean writeBlockingKeys, boolean scoreLinks, PossibleMatchSink possibleMatches,
                          Consumer<String> status) {

        /** A throw-away store: citizens and links only. */
        public static Options linksOnly(Consumer<String> status) {
            return new Options(false, false, null, status);
        }
    }

    /** What the batch did. {@code changedCitizens}: citizens that existed before and lost or gained records. */
    public record Outcome(long records, long citizens, long newCitizens, long possibleMatches, Optional<StoredModel> learnt,
                          Set<String> changedCitizens, Map<String, Long> millis) {
    }

    static final int CHUNK = 5_000;
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

    public Outcome run(Options options) {
        Map<String, Long> millis = new LinkedHashMap<>();
        long start = System.nanoTime();
        status(options, "loading stored records");
        List<SourceRecord> records = canonical.loadAll();
        start = lap(millis, "load", start);
        if (records.isEmpty()) {
            return new Outcome(0, 0, 0, 0, Optional.empty(), Set.of(), millis);
        }
        int recordCount = records.size();
        boolean learn = recordCount >= models.settings().minTrainingRecords();
        status(options, String.format("resolving %,d records%s", records.size(), learn ? " (learning the model)" : ""));
        ProbabilisticBatchResolver resolver = learn
                ? new ProbabilisticBatchResolver(models.settings().engine())
                : new ProbabilisticBatchResolver(models.settings().engine(), matcher.model());
        BatchResult result = resolver.resolveDetailed(records);
        start = lap(millis, "resolve", start);

        status(options, String.format("writing %,d citizens", result.clusters().size()));
        Map<RecordKey, LinkPlan.Existing> existing = existingLinks();
        LinkPlan plan = LinkPlan.of(result.clusters(), existing);
        Set<RecordKey> possiblyElsewhere = new HashSet<>();
        for (BatchResult.PossibleMatch pair : result.possibleMatches()) {
            possiblyElsewhere.add(pair.first());
            possiblyElsewhere.add(pair.second());
        }
        boolean needRecords = options.writeBlockingKeys() || options.scoreLinks() || options.possibleMatches() != null;
        Map<RecordKey, SourceRecord> byKey = needRecords ? index(records) : Map.of();
        records = null; // from here on only the keys and, when needed, the index hold them
        ProbabilisticMatcher scoring = new ProbabilisticMatcher(result.model(), models.settings().engine());
        Written written = writeLinks(result.clusters(), plan, existing, possiblyElsewhere,
                options.scoreLinks() ? scoring : null, byKey);
        Set<String> changed = redirectVacated(plan, written.citizenOfCluster());
        changed.addAll(written.changedCitizens());
        start = lap(millis, "writeLinks", start);

        Optional<StoredModel> learnt = Optional.empty();
        if (learn) {
            learnt = Optional.of(models.adopt(result.model(), recordCount));
        }
        if (options.writeBlockingKeys()) {
            status(options, "writing blocking keys");
            writeBlockingKeys(byKey.values(), matcher.current());
            start = lap(millis, "writeKeys", start);
        }
        long possible;
        if (options.possibleMatches() != null) {
            status(options, String.format("queueing %,d possible matches for review", result.possibleMatches().size()));
            possible = queuePossibleMatches(result.possibleMatches(), byKey, scoring, options.possibleMatches());
            lap(millis, "review", start);
        } else {
            possible = result.possibleMatches().size();
        }
        LOG.info("Batch resolution: {} records into {} citizens ({} new), {} possible matches, model {}; ms {}", recordCount,
                result.clusters().size(), written.newCitizens(), possible,
                learnt.map(m -> "learnt (" + m.id() + ")").orElse("in use kept"), millis);
        return new Outcome(recordCount, result.clusters().size(), written.newCitizens(), possible, learnt, changed, millis);
    }

    private record Written(String[] citizenOfCluster, long newCitizens, Set<String> changedCitizens) {
    }

    private Written writeLinks(List<List<RecordKey>> clusters, LinkPlan plan, Map<RecordKey, LinkPlan.Existing> existing,
                               Set<RecordKey> possiblyElsewhere, RecordMatcher scoring, Map<RecordKey, SourceRecord> byKey) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Object nowSql = SqlTime.toSql(now);
        String[] citizenOf = new String[clusters.size()];
        Set<String> changed = new LinkedHashSet<>();
        List<Object[]> newCitizens = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        long minted = 0;
        for (int c = 0; c < clusters.size(); c++) {
            List<RecordKey> cluster = clusters.get(c);
            String citizen = plan.kept(c);
            if (citizen == null) {
                citizen = ids.next();
                newCitizens.add(new Object[] {citizen, SqlTime.toSql(now.plus(minted, ChronoUnit.MICROS))});
                minted++;
            }
            citizenOf[c] = citizen;
            for (int i = 0; i < cluster.size(); i++) {
                RecordKey key = cluster.get(i);
                LinkPlan.Existing link = existing.get(key);
                if (link != null && (link.manual() || link.citizenId().equals(citizen))) {
                    continue; // a caseworker's link stands; an unchanged link needs no write
                }
                LinkState state = cluster.size() == 1 && possiblyElsewhere.contains(key) ? LinkState.POSSIBLE_MATCH : LinkState.MATCH;
                Double score = null;
                if (cluster.size() == 1) {
                    score = FOUNDER_SCORE;
                } else if (scoring != null) {
                    score = bestScore(scoring, byKey, cluster, i);
                }
                if (link == null) {
                    inserts.add(new Object[] {key.sourceId(), key.recordId(), citizen, state.name(), score, LinkOrigin.AUTO.name(), nowSql});
                } else {
                    updates.add(new Object[] {citizen, state.name(), score, nowSql, key.sourceId(), key.recordId()});
                    changed.add(link.citizenId());
                    changed.add(citizen);
                }
            }
            if (inserts.size() + updates.size() >= CHUNK || newCitizens.size() >= CHUNK) {
                flushLinks(newCitizens, inserts, updates);
            }
        }
        flushLinks(newCitizens, inserts, updates);
        return new Written(citizenOf, minted, changed);
    }

    private void flushLinks(List<Object[]> newCitizens, List<Object[]> inserts, List<Object[]> updates) {
        if (newCitizens.isEmpty() && inserts.isEmpty() && updates.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            if (!newCitizens.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO citizen (id, created_at) VALUES (?, ?)", newCitizens);
            }
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO record_link (source_id, record_id, citizen_id, state, score, origin, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", inserts);
            }
            if (!updates.isEmpty()) {
                jdbc.batchUpdate("""
                        UPDATE record_link SET citizen_id = ?, state = ?, score = ?, updated_at = ?
                         WHERE source_id = ? AND record_id = ? AND origin = 'AUTO'""", updates);
            }
        });
        newCitizens.clear();
        inserts.clear();
        updates.clear();
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

    private static Double bestScore(RecordMatcher scoring, Map<RecordKey, SourceRecord> byKey, List<RecordKey> cluster, int self) {
        SourceRecord record = byKey.get(cluster.get(self));
        double best = Double.NEGATIVE_INFINITY;
        int compared = 0;
        for (int j = 0; j < cluster.size() && compared < MAX_MATES_SCORED; j++) {
            if (j != self) {
                best = Math.max(best, scoring.compare(record, byKey.get(cluster.get(j))).score());
                compared++;
            }
        }
        return Math.round(best * 1000) / 1000.0;
    }

    private void writeBlockingKeys(Iterable<SourceRecord> records, RecordMatcher keys) {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (SourceRecord record : records) {
            RecordKey key = record.key();
            deletes.add(new Object[] {key.sourceId(), key.recordId()});
            for (String blockingKey : SourceRecordRepository.storedKeys(keys.blockingKeys(record))) {
                inserts.add(new Object[] {blockingKey, key.sourceId(), key.recordId()});
            }
            if (inserts.size() >= CHUNK * 4) {
                flushKeys(deletes, inserts);
            }
        }
        flushKeys(deletes, inserts);
    }

    private void flushKeys(List<Object[]> deletes, List<Object[]> inserts) {
        transactions.executeWithoutResult(status -> {
            jdbc.batchUpdate("DELETE FROM record_key WHERE source_id = ? AND record_id = ?", deletes);
            jdbc.batchUpdate("INSERT INTO record_key (blocking_key, source_id, record_id) VALUES (?, ?, ?)", inserts);
        });
        deletes.clear();
        inserts.clear();
    }

    private long queuePossibleMatches(List<BatchResult.PossibleMatch> pairs, Map<RecordKey, SourceRecord> byKey,
                                      RecordMatcher scoring, PossibleMatchSink sink) {
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
