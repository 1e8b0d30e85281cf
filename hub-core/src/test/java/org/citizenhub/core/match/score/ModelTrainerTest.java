package org.citizenhub.core.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citizenhub.core.match.SmallPopulation;
import org.citizenhub.core.match.TestRecords;
import org.citizenhub.core.match.compare.Field;
import org.citizenhub.core.match.compare.FieldComparators;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.normalise.NationalIds.CheckScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {

    private static MatchModel model;

    @BeforeAll
    static void train() {
        SmallPopulation.Population population = SmallPopulation.generate(1500, 7);
        List<PreparedRecord> records = population.records().stream().map(TestRecords::prepare).toList();
        FieldComparators comparators = new FieldComparators(TestRecords.LEXICONS, CheckScheme.NONE);
        model = new ModelTrainer(TestRecords.LEXICONS, comparators, CheckScheme.NONE, ModelTrainer.Settings.standard())
                .train(records);
    }

    @Test
    void expectationMaximisationConvergesInEverySession() {
        assertThat(model.training().sessions()).containsKeys("dateOfBirth", "givenAndFamilyName");
        assertThat(model.training().sessions().get("dateOfBirth")).contains("converged=true");
        assertThat(model.training().sessions().get("givenAndFamilyName")).contains("converged=true");
    }

    @Test
    void agreementIsFarLikelierAmongMatchesThanAmongRandomPairs() {
        for (Field field : List.of(Field.DATE_OF_BIRTH, Field.PHONE, Field.NATIONAL_ID)) {
            FieldModel parameters = model.field(field);
            assertThat(parameters.m()[0]).as(field + " m exact").isGreaterThan(0.6);
            assertThat(parameters.m()[0]).as(field + " m/u exact").isGreaterThan(100 * parameters.u()[0]);
        }
        for (Field field : List.of(Field.GIVEN_NAME, Field.FAMILY_NAME)) { // few names, very skewed: weaker evidence
            FieldModel parameters = model.field(field);
            assertThat(parameters.m()[0]).as(field + " m exact").isGreaterThan(0.6);
            assertThat(parameters.m()[0]).as(field + " m/u exact").isGreaterThan(5 * parameters.u()[0]);
        }
    }

    @Test
    void disagreementCountsAgainstAMatch() {
        FieldModel dob = model.field(Field.DATE_OF_BIRTH);
        int different = Field.DATE_OF_BIRTH.differentLevel();
        assertThat(dob.m()[different]).isLessThan(dob.u()[different]);
    }

    @Test
    void probabilitiesSumToOneOverTheLevelsThatCarryEvidence() {
        for (Field field : Field.all()) {
            FieldModel parameters = model.field(field);
            double m = 0;
            double u = 0;
            for (int level = 0; level < field.levelCount(); level++) {
                m += parameters.m()[level];
                u += parameters.u()[level];
            }
            assertThat(m).as(field + " m").isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(u).as(field + " u").isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void thePriorIsNearTheTrueShareOfMatchingPairs() {
        SmallPopulation.Population population = SmallPopulation.generate(1500, 7);
        double n = population.records().size();
        double truth = population.truePairs() / (n * (n - 1) / 2);

        assertThat(model.matchProbability()).isBetween(truth / 3, truth * 3);
    }

    @Test
    void theModelSurvivesJson() {
        String json = ModelJson.write(model);

        assertThat(ModelJson.read(json)).isEqualTo(model);
        assertThat(json).contains("\"givenName\"").contains("\"matchProbability\"");
    }
}
