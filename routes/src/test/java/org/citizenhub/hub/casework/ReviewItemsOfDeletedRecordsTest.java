package org.citizenhub.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Set;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.match.score.DefaultModel;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.matching.MatchingSettings;
import org.citizenhub.hub.matching.SwappableMatcher;
import org.citizenhub.hub.store.HubSchema;
import org.citizenhub.hub.store.HubStore;
import org.citizenhub.hub.store.SourceRecordJson;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Review items of a record its source deletes, on a real H2 store with the probabilistic engine and casework's
 * ingest hook: the pair no longer exists, so the item closes as OBSOLETE (off the queue, refused if decided
 * from a stale page), the other record stops waiting as a possible match, and reading the record again raises
 * the same item anew.
 */
class ReviewItemsOfDeletedRecordsTest {

    private static final RecordKey TAX = new RecordKey("tax", "T1");
    private static final RecordKey HEALTH = new RecordKey("health", "H1");

    private HubStore store;
    private ReviewRepository reviews;
    private ReviewQueue queue;

    @BeforeEach
    void openStore() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:review-deleted-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        HubSchema.migrate(dataSource);
        store = HubStore.open(dataSource, new SwappableMatcher(DefaultModel.create(), MatchingSettings.defaults().engine()),
                Clock.systemUTC());
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Clock clock = Clock.systemUTC();
        reviews = new ReviewRepository(jdbc, new SourceRecordJson());
        ConstraintRepository constraints = new ConstraintRepository(jdbc);
        EvidenceRepository evidence = new EvidenceRepository(jdbc);
        store.sink().setResolutionHook(new CaseworkIngestHook(new SearchKeys("GB"),
                new SearchIndex(jdbc, new JdbcTemplate(dataSource), new SourceRecordJson()), constraints, evidence, reviews,
                store.links(), clock));
        queue = new ReviewQueue(reviews, new ManualDecisions(store.citizens(), store.links(), constraints,
                new DecisionRepository(jdbc), evidence, reviews, store.sink(), clock));

        // Helen Brooks and an "H Brooks" born the same day: a possible match, for a caseworker to decide
        store.sink().ingest(person(TAX, "Helen"));
        store.sink().ingest(person(HEALTH, "H"));
        assertThat(store.links().find(HEALTH).orElseThrow().state()).isEqualTo(LinkState.POSSIBLE_MATCH);
        assertThat(queue.list(1, 10).total()).isEqualTo(1);
    }

    @Test
    void deletingTheCandidateClosesTheItemAsObsoleteAndTheOtherRecordIsAPlainMatch() {
        long itemId = reviews.openTouching(TAX).get(0).id();
        String healthCitizen = store.links().find(HEALTH).orElseThrow().citizenId();

        Set<String> changed = store.sink().remove(TAX);

        assertThat(reviews.find(itemId).orElseThrow().status()).isEqualTo(ReviewStatus.OBSOLETE);
        assertThat(queue.list(1, 10).total()).isZero();
        assertThat(queue.list(1, 10).items()).isEmpty();
        assertThat(store.links().find(HEALTH).orElseThrow().state()).isEqualTo(LinkState.MATCH);
        assertThat(changed).as("the citizen whose link state changed is refreshed too").contains(healthCitizen);
        assertThatThrownBy(() -> queue.accept(itemId, "casey", "from a stale page"))
                .isInstanceOf(CaseworkException.class)
                .hasMessageContaining("already OBSOLETE");
    }

    @Test
    void deletingTheRecordThatRaisedTheItemClosesItToo() {
        long itemId = reviews.openTouching(HEALTH).get(0).id();

        store.sink().remove(HEALTH);

        assertThat(reviews.find(itemId).orElseThrow().status()).isEqualTo(ReviewStatus.OBSOLETE);
        assertThat(reviews.openTouching(TAX)).isEmpty();
        assertThat(store.links().find(TAX).orElseThrow().state()).isEqualTo(LinkState.MATCH);
    }

    @Test
    void aDeletedRecordReadAgainRaisesTheSameItemAgain() {
        long itemId = reviews.openTouching(TAX).get(0).id();
        store.sink().remove(TAX);

        store.sink().ingest(person(TAX, "Helen"));

        assertThat(reviews.find(itemId).orElseThrow().status()).isEqualTo(ReviewStatus.OPEN);
        assertThat(queue.list(1, 10).items()).singleElement().satisfies(item -> assertThat(item.id()).isEqualTo(itemId));
    }

    @Test
    void itemsOfOtherPairsStayOpen() {
        store.sink().ingest(person(new RecordKey("benefits", "B1"), "H"));
        long open = queue.list(1, 10).total();
        assertThat(open).isGreaterThan(1);

        store.sink().remove(new RecordKey("benefits", "B1"));

        assertThat(queue.list(1, 10).total()).isEqualTo(1);
        assertThat(reviews.openTouching(HEALTH)).hasSize(1);
    }

    private static SourceRecord person(RecordKey key, String given) {
        return SourceRecord.builder(key.sourceId(), key.recordId())
                .name(PersonName.of(given, "Brooks"))
                .dateOfBirth(PartialDate.parse("1979-12-12"))
                .rawPayload("{\"id\":\"" + key.recordId() + "\"}")
                .build();
    }
}
