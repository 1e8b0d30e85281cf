package org.citizenhub.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.profile.ProfileFixtures;
import org.citizenhub.hub.store.SourceRecordJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The backfill over a real H2 store: indexes records without keys once, and resumes after an interruption. */
class SearchIndexBackfillTest {

    private static final int RECORDS = SearchIndexBackfill.BATCH + 150;
    private static final SearchKeys KEYS = new SearchKeys("GB");

    private JdbcClient jdbc;
    private SearchIndex index;
    private SearchIndexBackfill backfill;
    private final List<SourceRecord> stored = new ArrayList<>();

    @BeforeEach
    void storeRecordsWithoutKeys() {
        ProfileFixtures.Fixture fixture = ProfileFixtures.open("backfill");
        jdbc = JdbcClient.create(fixture.dataSource());
        index = new SearchIndex(jdbc, new JdbcTemplate(fixture.dataSource()), new SourceRecordJson());
        backfill = new SearchIndexBackfill(jdbc, index, KEYS, fixture.store().sink());
        for (int i = 0; i < RECORDS; i++) {
            SourceRecord record = ProfileFixtures.person("tax", String.format("t%05d", i), null, "Ann", "Lee",
                    LocalDate.of(1950, 1, 1).plusDays(i).toString());
            fixture.store().sink().accept(record);
            stored.add(record);
        }
    }

    @Test
    void indexesEveryStoredRecordOnceAndMarksTheIndexComplete() {
        assertThat(backfill.run()).isEqualTo(RECORDS);

        assertThat(keyedRecords()).isEqualTo(RECORDS);
        assertThat(jdbc.sql("SELECT complete FROM search_index_state").query(Boolean.class).single()).isTrue();
        assertThat(backfill.run()).isZero();
        SourceRecord last = stored.get(RECORDS - 1);
        assertThat(index.candidates(KEYS.of(last), 10)).extracting(c -> c.record().key()).contains(last.key());
    }

    @Test
    void aRunThatStoppedHalfWayIsResumedFromTheRecordsWithoutKeys() {
        int done = RECORDS / 2;
        stored.subList(0, done).forEach(r -> index.insert(Map.of(r.key(), KEYS.of(r))));

        assertThat(backfill.run()).isEqualTo(RECORDS - done);
        assertThat(keyedRecords()).isEqualTo(RECORDS);
    }

    private long keyedRecords() {
        return jdbc.sql("SELECT COUNT(DISTINCT record_id) FROM search_key").query(Long.class).single();
    }
}
