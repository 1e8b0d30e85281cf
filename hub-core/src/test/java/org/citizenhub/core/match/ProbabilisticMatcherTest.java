package org.citizenhub.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citizenhub.core.match.explain.Explanation;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.Test;

class ProbabilisticMatcherTest {

    private final ProbabilisticMatcher matcher = new ProbabilisticMatcher();

    private static SourceRecord siobhan(String source, String id, String given) {
        return TestRecords.draft(source, id).name(given, "O'Neil").dob("1985-03-02").sex(Sex.FEMALE)
                .address("14 Quarry Lane", "Brindlemoor", "AB1 2CD").phone("01632 960029").build();
    }

    @Test
    void aStrongPairIsAMatchExplainedFieldByFieldWithoutPersonalData() {
        MatchResult result = matcher.compare(siobhan("tax", "1", "Siobhan"), siobhan("health", "2", "Siobhan"));

        assertThat(result.state()).isEqualTo(LinkState.MATCH);
        assertThat(result.fields()).extracting(FieldComparison::field)
                .containsExactly("prior", "nationalId", "givenName", "familyName", "dateOfBirth", "sex", "address", "phone",
                        "email");
        assertThat(result.score()).isCloseTo(result.fields().stream().mapToDouble(FieldComparison::weight).sum(),
                org.assertj.core.data.Offset.offset(1e-9));
        String words = String.join(" ", result.fields().stream().map(FieldComparison::explanation).toList());
        assertThat(words).contains("Family names agree exactly").doesNotContainIgnoringCase("siobhan")
                .doesNotContainIgnoringCase("neil").doesNotContain("1985").doesNotContain("Quarry").doesNotContain("960029");
    }

    @Test
    void twinsArePossibleMatchesAtMostWithTheReason() {
        SourceRecord oliver = TestRecords.draft().name("Oliver", "Hargreave").dob("2012-05-04").sex(Sex.MALE)
                .address("53 Chapel Walk", "Elmstead Cross", "EC6 0AA").phone("01632 960116").build();
        SourceRecord harry = TestRecords.draft().name("Harry", "Hargreave").dob("2012-05-04").sex(Sex.MALE)
                .address("53 Chapel Walk", "Elmstead Cross", "EC6 0AA").phone("01632 960116").build();

        MatchResult result = matcher.compare(oliver, harry);

        assertThat(result.state()).isNotEqualTo(LinkState.MATCH);
        assertThat(result.fields()).anySatisfy(f -> assertThat(f.level()).isEqualTo("HOUSEHOLD_GIVEN_NAME"));
    }

    @Test
    void blockingKeysAreStableAcrossMatcherInstances() {
        SourceRecord record = siobhan("tax", "1", "Siobhan");

        assertThat(matcher.blockingKeys(record)).isNotEmpty().isEqualTo(new ProbabilisticMatcher().blockingKeys(record));
    }

    @Test
    void anIncomingRecordJoinsItsCitizen() {
        IdentityResolver resolver = new IdentityResolver(matcher);

        Resolution resolution = resolver.resolve(siobhan("benefits", "9", "Siobhan"),
                List.of(new LinkedRecord(siobhan("tax", "1", "Siobhan"), "C1"),
                        new LinkedRecord(siobhan("health", "2", "Shevaun"), "C1")));

        assertThat(resolution.matchedCitizens()).containsExactly("C1");
        assertThat(resolution.possibleCitizens()).isEmpty();
    }

    @Test
    void aJoinThatWouldBreakAConstraintIsLeftAsAPossibleMatch() {
        IdentityResolver resolver = new IdentityResolver(matcher);
        SourceRecord sparse = TestRecords.draft().name("Thomas", "Hargreave").phone("01632 960116")
                .address("53 Chapel Walk", "Elmstead Cross", "EC6 0AA").build();
        SourceRecord father = TestRecords.draft().name("Thomas", "Hargreave").dob("1948-07-30")
                .address("53 Chapel Walk", "Elmstead Cross", "EC6 0AA").phone("01632 960116").build();
        SourceRecord son = TestRecords.draft().name("Thomas", "Hargreave").dob("1975-02-11")
                .address("53 Chapel Walk", "Elmstead Cross", "EC6 0AA").phone("01632 960116").build();

        Resolution resolution = resolver.resolve(sparse, List.of(new LinkedRecord(father, "FATHER"), new LinkedRecord(son, "SON")));

        assertThat(resolution.matchedCitizens()).hasSize(1);
        assertThat(resolution.isMerge()).isFalse();
        assertThat(resolution.possibleCitizens()).hasSize(1);
        assertThat(resolution.refusals().values()).allSatisfy(reason -> assertThat(reason).contains("household"));
    }

    @Test
    void aCitizenThatNoLongerHoldsTogetherIsSplit() {
        IdentityResolver resolver = new IdentityResolver(matcher);
        SourceRecord a = siobhan("tax", "1", "Siobhan");
        SourceRecord b = siobhan("health", "2", "Siobhan");
        SourceRecord changed = TestRecords.draft("housing", "3").name("Marta", "Kowalczyk").dob("1990-11-23").build();

        Split split = resolver.recheck(List.of(new LinkedRecord(a, "C1"), new LinkedRecord(b, "C1"),
                new LinkedRecord(changed, "C1")));

        assertThat(split.isNeeded()).isTrue();
        assertThat(split.stays()).containsExactlyInAnyOrder(a.key(), b.key());
        assertThat(split.leave()).containsExactly(List.of(changed.key()));
    }

    @Test
    void theExplanationReadsLineByLineWithTheTotal() {
        Explanation explanation = Explanation.of(matcher.compare(siobhan("tax", "1", "Siobhan"), siobhan("health", "2", "Siobhan")));

        assertThat(explanation.lines()).hasSize(10);
        assertThat(explanation.lines().get(3)).startsWith("familyName [exact] +").contains("Family names agree exactly");
        assertThat(explanation.lines().get(9)).startsWith("Total match weight +").endsWith("decision MATCH");
        assertThat(explanation.probability()).isGreaterThan(0.99);
        assertThat(explanation.text()).doesNotContainIgnoringCase("siobhan");
    }
}
