package org.citizenhub.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.profile.ProfileFixtures;
import org.citizenhub.hub.store.SourceRecordJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Candidate search over a real H2 store where one family name is shared by more records than
 * {@link SearchIndex#COMMON_KEY_BOUND}: the common name's keys are left out, the rarer keys choose.
 */
class SearchIndexTest {

    private static final int SMITHS = SearchIndex.COMMON_KEY_BOUND + 200;
    private static final SearchKeys KEYS = new SearchKeys("GB");
    private static SearchIndex index;
    private static JdbcClient jdbc;

    @BeforeAll
    static void storeManySmiths() {
        ProfileFixtures.Fixture fixture = ProfileFixtures.open("search-index");
        jdbc = JdbcClient.create(fixture.dataSource());
        index = new SearchIndex(jdbc, new JdbcTemplate(fixture.dataSource()), new SourceRecordJson());
        Map<RecordKey, Set<String>> keys = new LinkedHashMap<>();
        for (int i = 0; i < SMITHS; i++) {
            // Distinct given names and dates of birth: only the family name is common.
            SourceRecord smith = person(String.format("s%05d", i), givenName(i), "Smith", dateOf(i));
            fixture.store().sink().accept(smith);
            keys.put(smith.key(), KEYS.of(smith));
        }
        index.insert(keys);
    }

    @Test
    void aCommonFamilyNameWithADateOfBirthReadsOnlyTheRareKeys() {
        SourceRecord wanted = person("probe", givenName(700), "Smyth", dateOf(700));

        List<SearchIndex.Candidate> candidates = index.candidates(KEYS.of(wanted), CitizenSearch.MAX_CANDIDATES);

        assertThat(candidates).isNotEmpty().hasSizeLessThan(20);
        assertThat(candidates.get(0).record().key().recordId()).isEqualTo("s00700");
        assertThat(candidates.get(0).keysShared()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void whenEveryKeyIsCommonTheFirstRecordsOfTheMostSelectiveOneAreCandidates() {
        SourceRecord anySmith = SourceRecord.builder("probe", "1").name(PersonName.of(null, "Smith")).build();

        List<SearchIndex.Candidate> candidates = index.candidates(KEYS.of(anySmith), 50);

        assertThat(candidates).hasSize(50);
        assertThat(candidates).extracting(c -> c.record().key().recordId()).isSorted().startsWith("s00000");
    }

    @Test
    void aRareNameAloneStillFindsItsRecords() {
        SourceRecord probe = SourceRecord.builder("probe", "1").name(PersonName.of(givenName(42), null)).build();

        assertThat(index.candidates(KEYS.of(probe), CitizenSearch.MAX_CANDIDATES))
                .extracting(c -> c.record().key().recordId()).contains("s00042");
    }

    @Test
    void aKeysRecordsAreReadInIndexOrderSoACommonKeyStopsAtTheBound() {
        String plan = jdbc.sql("EXPLAIN " + SearchIndex.RECORDS_WITH_KEY.formatted(SearchIndex.COMMON_KEY_BOUND + 1))
                .param("key", "fp:51c1").query(String.class).single();

        assertThat(plan).contains("index sorted");
    }

    private static SourceRecord person(String id, String given, String family, String dob) {
        return SourceRecord.builder("tax", id).name(PersonName.of(given, family)).dateOfBirth(PartialDate.parse(dob)).build();
    }

    /**
     * A distinct given name per record, each with its own sound code: four consonants of distinct sounds
     * (Double Metaphone keeps four), with vowels between them ("Bakadara").
     */
    private static String givenName(int i) {
        String consonants = "bdfklmnrsj";
        StringBuilder name = new StringBuilder();
        for (int digit = 0; digit < 4; digit++, i /= 10) {
            name.append(consonants.charAt(i % 10)).append('a');
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String dateOf(int i) {
        return PartialDate.parse("1950-01-01").toLocalDate().plusDays(i * 11L).toString();
    }
}
