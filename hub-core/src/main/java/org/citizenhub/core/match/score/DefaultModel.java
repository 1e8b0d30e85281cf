package org.citizenhub.core.match.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citizenhub.core.match.compare.Field;
import org.citizenhub.core.match.prepare.GenericValues;
import org.citizenhub.core.normalise.NationalIds.CheckScheme;

/**
 * Parameters for a cold start, before any population has been seen, and the starting point of
 * expectation maximisation. The m values reflect typical agency data quality; the u values a national
 * population (a full date of birth is shared by about one random pair in 25,000).
 */
public final class DefaultModel {

    /** Two random records are one person about once in a million pairs (a 1M population, 2 records each). */
    public static final double MATCH_PROBABILITY = 1e-6;

    private DefaultModel() {
    }

    public static MatchModel create() {
        return create(CheckScheme.NONE);
    }

    public static MatchModel create(CheckScheme scheme) {
        Map<String, FieldModel> fields = new LinkedHashMap<>();
        put(fields, Field.NATIONAL_ID, new double[] {0.95, 0.02, 0.03, 0, 0}, new double[] {1e-6, 1e-5, 0.999989, 0, 0});
        put(fields, Field.GIVEN_NAME, new double[] {0.80, 0.06, 0.04, 0.03, 0.02, 0.03, 0.02, 0},
                new double[] {0.01, 0.003, 0.01, 0.005, 0.02, 0.03, 0.922, 0});
        put(fields, Field.FAMILY_NAME, new double[] {0.85, 0.04, 0.04, 0.03, 0.01, 0.03, 0},
                new double[] {0.002, 0.0005, 0.005, 0.003, 0.01, 0.9795, 0});
        put(fields, Field.DATE_OF_BIRTH, new double[] {0.90, 0.01, 0.03, 0.01, 0.03, 0.02, 0},
                new double[] {4e-5, 1e-6, 5e-4, 3e-5, 0.002, 0.997429, 0});
        put(fields, Field.SEX, new double[] {0.97, 0.03, 0}, new double[] {0.5, 0.5, 0});
        put(fields, Field.ADDRESS, new double[] {0.60, 0.05, 0.05, 0.02, 0.28, 0, 0},
                new double[] {1e-5, 1e-5, 1e-4, 1e-4, 0.99978, 0, 0});
        put(fields, Field.PHONE, new double[] {0.60, 0.40, 0, 0}, new double[] {1e-6, 0.999999, 0, 0});
        put(fields, Field.EMAIL, new double[] {0.60, 0.40, 0, 0}, new double[] {1e-7, 0.9999999, 0, 0});
        return new MatchModel(MatchModel.VERSION, MATCH_PROBABILITY, fields, Thresholds.standard(), scheme.name(),
                TermFrequencies.none(), MatchModel.GenericLists.of(GenericValues.none()), new long[0],
                new MatchModel.TrainingReport(0, 0, Map.of("defaults", "cold start, nothing learnt")));
    }

    private static void put(Map<String, FieldModel> fields, Field field, double[] m, double[] u) {
        fields.put(field.key(), new FieldModel(List.copyOf(field.levels()), m, u));
    }
}
