package org.citizenhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.citizenhub.core.match.DeterministicMatcher;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.store.HubSchema;
import org.citizenhub.hub.store.HubStore;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The citizen response after a merge: the absorbed id answers with the survivor and says so. */
class CitizenViewsTest {

    private HubStore store;
    private CitizenViews views;

    @BeforeEach
    void store() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:citizen-views-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        HubSchema.migrate(dataSource);
        store = HubStore.open(dataSource, new DeterministicMatcher(), Clock.systemUTC());
        views = new CitizenViews(store.citizens(), store.links(), store.sourceRecords());
    }

    @Test
    void aMergedIdAnswersWithTheSurvivorAndNamesBoth() {
        String survivor = store.sink().ingest(person("tax", "A", "AB123456C", "Smith")).citizenId();
        String absorbed = store.sink().ingest(person("health", "B", null, "Jones")).citizenId();
        store.sink().ingest(person("benefits", "C", "AB123456C", "Jones"));

        CitizenView view = views.byId(absorbed).orElseThrow();

        assertThat(view.id()).isEqualTo(survivor);
        assertThat(view.requestedId()).isEqualTo(absorbed);
        assertThat(view.mergedInto()).isEqualTo(survivor);
        assertThat(view.records()).extracting(r -> r.path("source").asText() + "/" + r.path("recordId").asText())
                .containsExactly("benefits/C", "health/B", "tax/A");
        assertThat(views.byId(survivor).orElseThrow().requestedId()).isNull();
        assertThat(views.byRecord(new RecordKey("health", "B")).orElseThrow().id()).isEqualTo(survivor);
    }

    @Test
    void unknownIdsAndRecordsHaveNoView() {
        assertThat(views.byId("C0000")).isEmpty();
        assertThat(views.byRecord(new RecordKey("tax", "nope"))).isEmpty();
    }

    private static SourceRecord person(String source, String id, String nationalId, String family) {
        return SourceRecord.builder(source, id).name(PersonName.of("Ann", family)).nationalId(nationalId)
                .dateOfBirth(PartialDate.parse("1980-01-02")).build();
    }
}
