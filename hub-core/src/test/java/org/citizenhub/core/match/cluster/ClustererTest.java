package org.citizenhub.core.match.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citizenhub.core.match.TestRecords;
import org.citizenhub.core.match.compare.FieldComparators;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.match.score.DefaultModel;
import org.citizenhub.core.match.score.FrequencyTables;
import org.citizenhub.core.match.score.MatchModel;
import org.citizenhub.core.match.score.Scorer;
import org.citizenhub.core.normalise.NationalIds.CheckScheme;
import org.citizenhub.core.record.Sex;
import org.junit.jupiter.api.Test;

/** The clustering constraints: records the score alone would weld together stay apart. */
class ClustererTest {

    private final FieldComparators comparators = new FieldComparators(TestRecords.LEXICONS, CheckScheme.NONE);
    private final MatchModel model = DefaultModel.create();
    private final Scorer scorer = new Scorer(model, comparators, FrequencyTables.none());
    private final Conflicts conflicts = new Conflicts(comparators, TestRecords.LEXICONS);

    private int[] cluster(List<PreparedRecord> records) {
        ScoredPairs pairs = new ScoredPairs();
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size(); j++) {
                pairs.add(i, j, (float) scorer.score(records.get(i), records.get(j)));
            }
        }
        return new Clusterer(scorer, conflicts, model.thresholds(), ClusterSettings.standard()).cluster(records, pairs)
                .clusterOf();
    }

    private static TestRecordsHome home(String given, String dob) {
        return new TestRecordsHome(given, dob);
    }

    /** One household: same family name, address and phone. */
    private record TestRecordsHome(String given, String dob) {
        PreparedRecord prepared(String suffix) {
            return TestRecords.draft().name(given, "Hargreave").suffix(suffix).dob(dob).sex(Sex.MALE)
                    .address("53 Chapel Walk", "Elmstead Cross", "EC6 0AA").phone("01632 960116").prepared();
        }

        PreparedRecord prepared() {
            return prepared(null);
        }
    }

    @Test
    void twinsAreNotMerged() {
        List<PreparedRecord> records = List.of(home("Oliver", "2012-05-04").prepared(), home("Harry", "2012-05-04").prepared());

        assertThat(scorer.score(records.get(0), records.get(1))).isGreaterThan(model.thresholds().link());
        int[] clusters = cluster(records);
        assertThat(clusters[0]).isNotEqualTo(clusters[1]);
        assertThat(conflicts.between(records.get(0), records.get(1))).isEqualTo(Conflict.HOUSEHOLD_GIVEN_NAME);
    }

    @Test
    void fatherAndSonOfOneNameAreNotMerged() {
        List<PreparedRecord> records = List.of(home("Thomas", "1948-07-30").prepared(), home("Thomas", "1975-02-11").prepared());

        assertThat(scorer.score(records.get(0), records.get(1))).isGreaterThan(model.thresholds().link());
        int[] clusters = cluster(records);
        assertThat(clusters[0]).isNotEqualTo(clusters[1]);
    }

    @Test
    void juniorAndSeniorAreNotMergedEvenWithoutDates() {
        List<PreparedRecord> records = List.of(home("Thomas", null).prepared("Sr"), home("Thomas", null).prepared("Jr"));

        int[] clusters = cluster(records);
        assertThat(clusters[0]).isNotEqualTo(clusters[1]);
        assertThat(conflicts.between(records.get(0), records.get(1))).isEqualTo(Conflict.GENERATION);
    }

    @Test
    void twoValidNationalIdsAreNeverMerged() {
        List<PreparedRecord> records = List.of(
                TestRecords.draft().name("Marta", "Kowalczyk").dob("1990-11-23").nationalId("228281341")
                        .phone("07700 900051").prepared(),
                TestRecords.draft().name("Marta", "Kowalczyk").dob("1990-11-23").nationalId("440359966")
                        .phone("07700 900051").prepared());

        int[] clusters = cluster(records);
        assertThat(clusters[0]).isNotEqualTo(clusters[1]);
    }

    @Test
    void aChainOfGoodPairsDoesNotWeldTwoPeople() {
        // A and C are a mother and daughter of one name; B, with no date of birth, looks like both
        PreparedRecord a = TestRecords.draft().name("Grace", "Mbeki").dob("1993-02-27").phone("07700 900153").prepared();
        PreparedRecord b = TestRecords.draft().name("Grace", "Mbeki").phone("07700 900153")
                .address("21 Tannery Yard", "Dunmere", "DN4 4AA").prepared();
        PreparedRecord c = TestRecords.draft().name("Grace", "Mbeki").dob("1961-08-14").phone("07700 900999")
                .address("21 Tannery Yard", "Dunmere", "DN4 4AA").prepared();
        List<PreparedRecord> records = List.of(a, b, c);
        ScoredPairs pairs = new ScoredPairs();
        pairs.add(0, 1, (float) scorer.score(a, b));
        pairs.add(1, 2, (float) scorer.score(b, c));
        assertThat(scorer.score(a, b)).isGreaterThan(model.thresholds().link());
        assertThat(scorer.score(b, c)).isGreaterThan(model.thresholds().link());

        Clusterer.Result result = new Clusterer(scorer, conflicts, model.thresholds(), ClusterSettings.standard())
                .cluster(records, pairs);

        assertThat(result.clusterOf()[0]).isEqualTo(result.clusterOf()[1]).isNotEqualTo(result.clusterOf()[2]);
        assertThat(result.refusedByLinkage()).isEqualTo(1);
        assertThat(result.possibleMatches().size()).isEqualTo(1);
    }

    @Test
    void duplicateRegistrationsInOneSourceMerge() {
        List<PreparedRecord> records = List.of(
                TestRecords.draft("health", "H1").name("Chinedu", "Okafor").dob("1971-04-09").phone("07700 900034").prepared(),
                TestRecords.draft("health", "H2").name("Chinedu", "Okafor").dob("1971-04-09").phone("07700 900034").prepared(),
                TestRecords.draft("tax", "T1").name("Chinedu", "Okafor").dob("1971-04-09").nationalId("440359966").prepared());

        int[] clusters = cluster(records);
        assertThat(clusters[0]).isEqualTo(clusters[1]).isEqualTo(clusters[2]);
    }
}
