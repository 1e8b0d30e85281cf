package org.citizenhub.hub.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citizenhub.core.match.compare.Field;
import org.citizenhub.core.match.score.FieldModel;
import org.citizenhub.core.match.score.MatchModel;

/**
 * What an admin may see of the model in use: where it comes from, the thresholds, and per field and level
 * the m and u probabilities and the weight they give. Counts only for generic values and term frequencies:
 * the values themselves (phones, ids, names) are personal data and stay in the database.
 *
 * @param trained     false for the cold-start model (nothing learnt yet)
 * @param modelId     the {@code match_model} row, null for the cold start
 * @param createdAt   when the model was learnt (ISO 8601), null for the cold start
 * @param recordCount stored records the model was learnt from
 */
public record ModelSummary(boolean trained, Long modelId, String createdAt, long recordCount, double matchProbability,
                           double priorWeight, Thresholds thresholds, String idScheme, Map<String, List<Level>> fields,
                           GenericCounts genericValues, int termFrequencyValues, int largeBlockingKeys,
                           Map<String, String> training) {

    /** The decision bounds on the match weight. */
    public record Thresholds(double link, double possible, double clusterMean) {
    }

    /**
     * One comparison level of a field: m = P(level | same person), u = P(level | two people), and the weight
     * log2(m/u) before term-frequency adjustment (0 for missing and generic values, clamped as the engine does).
     */
    public record Level(String level, double m, double u, double weight) {
    }

    /** How many values of each kind the model found too widely shared to count as evidence. */
    public record GenericCounts(int nationalIds, int phones, int emails, int addresses, int birthDates) {
    }

    private static final double MIN_WEIGHT = -14;
    private static final double MAX_WEIGHT = 20;

    public static ModelSummary coldStart(MatchModel model) {
        return of(model, false, null, null, 0);
    }

    public static ModelSummary of(StoredModel stored) {
        return of(stored.model(), true, stored.id(), stored.createdAt(), stored.recordCount());
    }

    private static ModelSummary of(MatchModel model, boolean trained, Long id, Instant createdAt, long recordCount) {
        Map<String, List<Level>> fields = new LinkedHashMap<>();
        for (Field field : Field.all()) {
            FieldModel parameters = model.field(field);
            List<Level> levels = new ArrayList<>();
            for (int i = 0; i < parameters.levels().size(); i++) {
                String level = parameters.levels().get(i);
                levels.add(new Level(level, parameters.m()[i], parameters.u()[i], weight(level, parameters.m()[i], parameters.u()[i])));
            }
            fields.put(field.key(), levels);
        }
        MatchModel.GenericLists generic = model.generic();
        var tf = model.termFrequencies();
        int termValues = tf.givenNames().size() + tf.familyNames().size() + tf.postcodes().size() + tf.birthDates().size();
        return new ModelSummary(trained, id, createdAt == null ? null : createdAt.toString(), recordCount, model.matchProbability(), round(model.priorWeight()),
                new Thresholds(model.thresholds().link(), model.thresholds().possible(), model.thresholds().clusterMean()),
                model.idScheme(), fields,
                new GenericCounts(length(generic.nationalIds()), length(generic.phones()), length(generic.emails()),
                        length(generic.addresses()), length(generic.birthDates())),
                termValues, model.largeBlockingKeys().length,
                model.training() == null ? Map.of() : model.training().sessions());
    }

    private static double weight(String level, double m, double u) {
        if ("missing".equals(level) || "generic".equals(level) || m <= 0 || u <= 0) {
            return 0;
        }
        return round(Math.max(MIN_WEIGHT, Math.min(MAX_WEIGHT, Math.log(m / u) / Math.log(2))));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static int length(long[] values) {
        return values == null ? 0 : values.length;
    }
}
