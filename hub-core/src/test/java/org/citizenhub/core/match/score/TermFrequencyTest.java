package org.citizenhub.core.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.citizenhub.core.match.TestRecords;
import org.citizenhub.core.match.compare.FamilyNameComparator;
import org.citizenhub.core.match.compare.Field;
import org.citizenhub.core.match.compare.FieldComparators;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.normalise.NationalIds.CheckScheme;
import org.junit.jupiter.api.Test;

class TermFrequencyTest {

    @Test
    void agreeingOnARareSurnameWeighsMoreThanOnSmith() {
        List<PreparedRecord> population = new ArrayList<>();
        String[] given = {"Ann", "Bob", "Cai", "Dee", "Eve", "Fay", "Gus", "Hal", "Ida", "Jon"};
        for (int i = 0; i < 400; i++) {
            String family = i < 200 ? "Smith" : "Family" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26);
            population.add(TestRecords.draft().name(given[i % 10], family).dob((1950 + i % 50) + "-01-01").prepared());
        }
        PreparedRecord rareA = TestRecords.draft().name("Ann", "Okonkwo").prepared();
        PreparedRecord rareB = TestRecords.draft().name("Ann", "Okonkwo").prepared();
        PreparedRecord smithA = TestRecords.draft().name("Ann", "Smith").prepared();
        PreparedRecord smithB = TestRecords.draft().name("Ann", "Smith").prepared();
        population.add(rareA);
        population.add(rareB);
        FieldComparators comparators = new FieldComparators(TestRecords.LEXICONS, CheckScheme.NONE);
        Scorer scorer = new Scorer(DefaultModel.create(), comparators,
                FrequencyTables.count(population, TestRecords.LEXICONS));
        int family = Field.FAMILY_NAME.ordinal();

        double rare = scorer.weight(family, FamilyNameComparator.EXACT, rareA, rareB);
        double common = scorer.weight(family, FamilyNameComparator.EXACT, smithA, smithB);

        assertThat(rare).isGreaterThan(common + 4);
        assertThat(common).isLessThan(scorer.baseWeight(family, FamilyNameComparator.EXACT));
        assertThat(scorer.score(rareA, rareB)).isGreaterThan(scorer.score(smithA, smithB));
    }

    @Test
    void theFrequenciesSurviveTheModelFile() {
        List<PreparedRecord> population = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            population.add(TestRecords.draft().name("Ann", i < 20 ? "Smith" : "Jones").dob((1950 + i) + "-05-05").prepared());
        }
        FrequencyTables counted = FrequencyTables.count(population, TestRecords.LEXICONS);
        TermFrequencies model = counted.toModel(TestRecords.LEXICONS);
        FrequencyTables loaded = FrequencyTables.from(model, org.citizenhub.core.match.prepare.Lexicons.standard());

        assertThat(model.familyNames()).containsEntry("smith", 20).containsEntry("jones", 10);
        assertThat(loaded.population()).isEqualTo(counted.population());
    }
}
