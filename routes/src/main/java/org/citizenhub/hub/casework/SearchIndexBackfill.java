package org.citizenhub.hub.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.identity.HubIngestSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the search index for records stored before it existed (a database upgraded to this version), once,
 * when the application is ready and before the connectors' start-up runs: in batches under the ingest lock,
 * so it never interleaves with ingest. The {@code search_index_state} row says whether it is needed: a migration
 * that changes the keys empties the index and clears the row; a run that stops half-way resumes at the next
 * start, because only records without keys are read.
 */
public final class SearchIndexBackfill implements ApplicationListener<ApplicationReadyEvent>, Ordered {

    static final int BATCH = 2000;
    private static final int PROGRESS_EVERY = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexBackfill.class);

    private final JdbcClient jdbc;
    private final SearchIndex index;
    private final SearchKeys keys;
    private final HubIngestSink sink;

    public SearchIndexBackfill(JdbcClient jdbc, SearchIndex index, SearchKeys keys, HubIngestSink sink) {
        this.jdbc = jdbc;
        this.index = index;
        this.keys = keys;
        this.sink = sink;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        run();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /**
     * Indexes every stored record without keys, unless the index is marked complete; then marks it so. Answers
     * how many records were indexed. Records indexed by an earlier, interrupted run are skipped.
     */
    public long run() {
        if (complete()) {
            return 0;
        }
        long indexed = 0;
        RecordKey after = new RecordKey("", "");
        while (true) {
            RecordKey from = after;
            List<SourceRecord> batch = sink.underIngestLock(() -> {
                List<SourceRecord> records = index.unindexed(from, BATCH);
                Map<RecordKey, Set<String>> keysByRecord = new LinkedHashMap<>();
                records.forEach(r -> keysByRecord.put(r.key(), keys.of(r)));
                index.insert(keysByRecord);
                return records;
            });
            indexed += batch.size();
            if (indexed % PROGRESS_EVERY < BATCH && batch.size() == BATCH) {
                LOG.info("Search index: {} stored record(s) indexed so far", indexed);
            }
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).key();
        }
        jdbc.sql("UPDATE search_index_state SET complete = TRUE WHERE id = 1").update();
        if (indexed > 0) {
            LOG.info("Search index built for {} stored record(s)", indexed);
        }
        return indexed;
    }

    private boolean complete() {
        return jdbc.sql("SELECT complete FROM search_index_state WHERE id = 1").query(Boolean.class).optional()
                .orElse(true);
    }
}
