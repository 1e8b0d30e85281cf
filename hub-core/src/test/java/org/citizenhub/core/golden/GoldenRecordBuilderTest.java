package org.citizenhub.core.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citizenhub.core.golden.Records.record;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldenRecordBuilderTest {

    private final GoldenRecordBuilder builder = new GoldenRecordBuilder();

    private static final List<SourceRecord> THREE_AGENCIES = List.of(
            record("tax", "T1", "2024-01-01").name(PersonName.of("Jon", "Smith")).phone("01632 960001")
                    .dateOfBirth(PartialDate.parse("1980-05-12")).build(),
            record("health", "H1", "2024-06-01").name(PersonName.of("John", "Smith")).phone("01632 960002")
                    .dateOfBirth(PartialDate.parse("1980-05-21")).build(),
            record("benefits", "B1", "2023-01-01").name(PersonName.of("John", "Smith")).phone("01632 960003")
                    .dateOfBirth(PartialDate.parse("1980-05-21")).build());

    @Test
    void theMostTrustedSourceWinsPerField() {
        SurvivorshipRules rules = new SurvivorshipRules(List.of("MOST_TRUSTED_SOURCE"), List.of("tax", "health", "benefits"),
                Map.of("phones", FieldRules.chain("MOST_TRUSTED_SOURCE").withTrust("benefits", "tax")));

        GoldenRecord golden = builder.build("C1", THREE_AGENCIES, rules);

        assertThat(golden.name().preferredValue().given()).isEqualTo("Jon");
        assertThat(golden.dateOfBirth().preferredValue()).hasToString("1980-05-12");
        assertThat(golden.phones().values()).extracting(v -> v.provenance().get(0).sourceId())
                .containsExactly("benefits", "tax", "health");
    }

    @Test
    void theMostRecentRecordWins() {
        GoldenRecord golden = builder.build("C1", THREE_AGENCIES, rules("MOST_RECENT"));

        assertThat(golden.phones().preferredValue()).isEqualTo("01632 960002");
        assertThat(golden.phones().values()).extracting(SourcedValue::value)
                .containsExactly("01632 960002", "01632 960001", "01632 960003");
    }

    @Test
    void theValueMostRecordsAgreeOnWins() {
        GoldenRecord golden = builder.build("C1", THREE_AGENCIES, rules("MOST_FREQUENT"));

        assertThat(golden.name().preferredValue().given()).isEqualTo("John");
        assertThat(golden.name().preferred().agreeingRecords()).isEqualTo(2);
        assertThat(golden.dateOfBirth().preferredValue()).hasToString("1980-05-21");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            // chain                              , phone shown first
            "MOST_FREQUENT|MOST_RECENT            , 01632 960002",  // all tie on frequency; health is newest
            "MOST_FREQUENT|MOST_TRUSTED_SOURCE    , 01632 960003",  // tie; benefits is trusted most
            "MOST_FREQUENT                        , 01632 960003",  // tie; fixed order: benefits < health < tax
    })
    void tiesGoToTheNextRuleInTheChainThenToAFixedOrder(String chain, String expected) {
        List<String> trust = chain.contains("MOST_TRUSTED_SOURCE") ? List.of("benefits") : null;
        SurvivorshipRules rules = new SurvivorshipRules(List.of(chain.trim().split("\\|")), trust, Map.of());

        assertThat(builder.build("C1", THREE_AGENCIES, rules).phones().preferredValue()).isEqualTo(expected);
    }

    @Test
    void aRecordWithoutAnUpdateTimeIsTheLeastRecent() {
        List<SourceRecord> records = List.of(
                record("tax", "T1", null).email("old@example.org").build(),
                record("health", "H1", "2001-01-01").email("new@example.org").build());

        assertThat(builder.build("C1", records, rules("MOST_RECENT")).emails().preferredValue()).isEqualTo("new@example.org");
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheRecords() {
        List<SourceRecord> records = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // Every record ties on time and frequency, so only the fixed order can decide.
            records.add(record(i % 2 == 0 ? "tax" : "health", "R" + i, "2024-01-01")
                    .name(PersonName.of(i % 2 == 0 ? "ANN" : "Ann", "Lee" + (i % 4)))
                    .phone("01632 96000" + i).email("ann" + (i % 3) + "@example.org")
                    .dateOfBirth(PartialDate.parse(i % 3 == 0 ? "1970-01" : "1970-01-0" + (i % 3))).build());
        }
        for (SurvivorshipRules rules : List.of(SurvivorshipRules.defaults(), rules("MOST_RECENT"),
                new SurvivorshipRules(List.of("MOST_TRUSTED_SOURCE"), List.of("health"), Map.of()))) {
            GoldenRecord expected = builder.build("C1", records, rules);
            Random random = new Random(42);
            for (int round = 0; round < 20; round++) {
                List<SourceRecord> shuffled = new ArrayList<>(records);
                Collections.shuffle(shuffled, random);
                assertThat(builder.build("C1", shuffled, rules)).isEqualTo(expected);
            }
        }
    }

    @Test
    void noRecordsGiveAnEmptyProfile() {
        GoldenRecord golden = builder.build("C1", List.of(), SurvivorshipRules.defaults());

        assertThat(golden.name().preferred()).isNull();
        assertThat(golden.addresses().values()).isEmpty();
        assertThat(golden.hasConflicts()).isFalse();
    }

    @Test
    void aRecordGivenTwiceIsRejectedByItsKeyOnly() {
        List<SourceRecord> twice = List.of(record("tax", "T1", null).build(), record("tax", "T1", null).build());

        assertThatThrownBy(() -> builder.build("C1", twice, SurvivorshipRules.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("record tax/T1 is given twice");
    }

    @Test
    void invalidRulesFailBeforeAnyRecordIsRead() {
        SurvivorshipRules bad = rules("NEWEST");

        assertThatThrownBy(() -> builder.build("C1", THREE_AGENCIES, bad))
                .isInstanceOf(SurvivorshipRulesException.class).hasMessageContaining("defaultRules[0]");
    }

    private static SurvivorshipRules rules(String... chain) {
        return new SurvivorshipRules(List.of(chain), null, Map.of());
    }
}
