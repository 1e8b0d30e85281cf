package org.citizenhub.hub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.match.Resolution;
import org.citizenhub.core.match.score.DefaultModel;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.identity.IngestOutcome;
import org.citizenhub.hub.identity.ResolutionHook;
import org.citizenhub.hub.store.HubSchema;
import org.citizenhub.hub.store.HubStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hub's incremental ingest with the probabilistic engine (cold-start model) behind the swappable matcher:
 * candidates are whole citizens, so the merge guard sees every record of a citizen a record would join.
 */
class IncrementalMatchingTest {

    private final SplittableRandom random = new SplittableRandom(11);
    private final List<Resolution> resolutions = new ArrayList<>();
    private HikariDataSource dataSource;
    private HubStore store;
    private SwappableMatcher matcher;

    @BeforeEach
    void openStore() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:mem:incremental-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        HubSchema.migrate(dataSource);
        matcher = new SwappableMatcher(DefaultModel.create(), MatchingSettings.defaults().engine());
        store = HubStore.open(dataSource, matcher, Clock.systemUTC());
        store.sink().setResolutionHook(new ResolutionHook() {
            @Override
            public Resolution review(SourceRecord record, Resolution resolution) {
                resolutions.add(resolution);
                return resolution;
            }
        });
    }

    @AfterEach
    void closeStore() {
        dataSource.close();
    }

    @Test
    void aNicknameAndATypoFromTwoSourcesLink() {
        String tax = ingest(person("tax", "T1", "William", "Hartley", "1971-03-14", null, "4 Mill Lane", "LS2 7AB", null)).citizenId();

        IngestOutcome health = ingest(person("health", "H1", "Bill", "Hartly", "1971-03-14", null, null, "LS2 7AB", null));

        assertThat(health.kind()).isEqualTo(IngestOutcome.Kind.LINKED);
        assertThat(health.citizenId()).isEqualTo(tax);
    }

    @Test
    void twinsAtOneAddressStayApartAndAThirdRecordJoinsTheRightOne() {
        String amy = ingest(person("tax", "T1", "Amy", "Cole", "2001-05-05", nationalId(), "9 Elm Road", "LS1 1AA", "07700900111")).citizenId();
        String beth = ingest(person("tax", "T2", "Beth", "Cole", "2001-05-05", nationalId(), "9 Elm Road", "LS1 1AA", "07700900111")).citizenId();

        IngestOutcome amyAgain = ingest(person("health", "H1", "Amy", "Cole", "2001-05-05", null, "9 Elm Road", "LS1 1AA", null));

        assertThat(beth).isNotEqualTo(amy);
        assertThat(amyAgain.citizenId()).isEqualTo(amy);
        assertThat(store.links().findByCitizen(beth)).extracting(l -> l.record().recordId()).containsExactly("T2");
    }

    @Test
    void aRecordBridgingTwoCitizensWithDifferentValidIdsDoesNotMergeThemAndLeavesAPossibleMatch() {
        String first = ingest(person("tax", "T1", "John", "Smith", "1980-01-01", nationalId(), null, null, null)).citizenId();
        String second = ingest(person("health", "H1", "John", "Smith", "1980-01-01", nationalId(), null, null, null)).citizenId();
        assertThat(second).as("two valid national ids: two people").isNotEqualTo(first);

        IngestOutcome bridge = ingest(person("benefits", "B1", "John", "Smith", "1980-01-01", null, null, null, null));

        assertThat(bridge.kind()).isEqualTo(IngestOutcome.Kind.LINKED);
        assertThat(bridge.absorbed()).isEmpty();
        assertThat(store.citizens().find(first).orElseThrow().isMerged()).isFalse();
        assertThat(store.citizens().find(second).orElseThrow().isMerged()).isFalse();
        String other = bridge.citizenId().equals(first) ? second : first;
        Resolution resolution = resolutions.get(resolutions.size() - 1);
        assertThat(resolution.possibleCitizens()).containsExactly(other);
        assertThat(resolution.refusals().get(other)).contains("national id");
    }

    @Test
    void aRecordThatOnlyPossiblyMatchesGetsItsOwnCitizenLinkedAsAPossibleMatch() {
        String helen = ingest(person("tax", "T1", "Helen", "Brooks", "1979-12-12", null, null, null, null)).citizenId();

        IngestOutcome initial = ingest(person("health", "H1", "H", "Brooks", "1979-12-12", null, null, null, null));

        assertThat(initial.kind()).isEqualTo(IngestOutcome.Kind.NEW_CITIZEN);
        assertThat(initial.citizenId()).isNotEqualTo(helen);
        assertThat(store.links().find(new RecordKey("health", "H1")).orElseThrow().state()).isEqualTo(LinkState.POSSIBLE_MATCH);
        assertThat(store.links().find(new RecordKey("tax", "T1")).orElseThrow().state()).isEqualTo(LinkState.MATCH);
    }

    @Test
    void aChangedRecordThatHeldItsCitizenTogetherSplitsItAndTheLargerPartKeepsTheId() {
        String nationalId = nationalId();
        String citizen = ingest(person("tax", "T1", "Ann", "Lee", "1980-01-02", nationalId, "7 Park Avenue", "LS6 2BB", null)).citizenId();
        assertThat(ingest(person("health", "H1", "Ann", "Lee", null, nationalId, null, null, null)).citizenId()).isEqualTo(citizen);
        assertThat(ingest(person("benefits", "B1", "A", "Lee", "1980-01-02", null, "7 Park Avenue", "LS6 2BB", null)).citizenId())
                .isEqualTo(citizen);
        assertThat(matcher.compare(store.sourceRecords().find(new RecordKey("health", "H1")).orElseThrow(),
                store.sourceRecords().find(new RecordKey("benefits", "B1")).orElseThrow()).isMatch())
                .as("health and benefits hold together only through tax").isFalse();

        // the tax record was someone else's all along: the agency corrects it
        IngestOutcome corrected = ingest(person("tax", "T1", "Zed", "Fox", "1950-05-05", nationalId(), null, null, null));

        String health = store.links().find(new RecordKey("health", "H1")).orElseThrow().citizenId();
        String benefits = store.links().find(new RecordKey("benefits", "B1")).orElseThrow().citizenId();
        assertThat(corrected.citizenId()).isNotEqualTo(citizen);
        assertThat(health).isNotEqualTo(benefits);
        assertThat(List.of(health, benefits)).contains(citizen).doesNotContain(corrected.citizenId());
        assertThat(store.citizens().find(citizen).orElseThrow().isMerged()).isFalse();
    }

    private IngestOutcome ingest(SourceRecord record) {
        return store.sink().ingest(record);
    }

    private String nationalId() {
        return TestPopulation.nationalId(random);
    }

    private static SourceRecord person(String source, String id, String given, String family, String dob, String nationalId,
                                       String line, String postcode, String phone) {
        SourceRecord.Builder builder = SourceRecord.builder(source, id)
                .name(PersonName.of(given, family))
                .dateOfBirth(dob == null ? null : PartialDate.parse(dob))
                .nationalId(nationalId)
                .rawPayload("{\"id\":\"" + id + "\"}");
        if (line != null || postcode != null) {
            builder.address(Address.current(line == null ? List.of() : List.of(line), "Leeds", postcode));
        }
        if (phone != null) {
            builder.phone(phone);
        }
        return builder.build();
    }
}
