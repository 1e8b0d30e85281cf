package org.citizenhub.core.match.score;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.citizenhub.core.match.compare.Field;
import org.citizenhub.core.match.prepare.GenericValues;
import org.citizenhub.core.match.prepare.LongSet;

/**
 * The whole trained model, small and serialisable to JSON ({@link ModelJson}): m and u per field level,
 * the probability that two random records match (the prior), the decision thresholds, the national id
 * check scheme, term frequencies, the generic values found, and the blocking keys too common to use.
 *
 * @param matchProbability  probability that two records drawn at random are one person (lambda)
 * @param generic           generic values: ids packed, phones E.164, emails and dwellings hashed
 * @param largeBlockingKeys hashes of blocking keys shared by more records than the block bound
 * @param training          how the parameters were found, for the record
 */
public record MatchModel(int version, double matchProbability, Map<String, FieldModel> fields, Thresholds thresholds,
                         String idScheme, TermFrequencies termFrequencies, GenericLists generic,
                         long[] largeBlockingKeys, TrainingReport training) {

    public static final int VERSION = 1;

    /** Generic values as plain arrays, for the model file. */
    public record GenericLists(long[] nationalIds, long[] phones, long[] emails, long[] addresses, long[] birthDates) {

        public static GenericLists of(GenericValues values) {
            return new GenericLists(values.nationalIds().toArray(), values.phones().toArray(),
                    values.emails().toArray(), values.addresses().toArray(), values.birthDates().toArray());
        }

        public GenericValues toValues() {
            return new GenericValues(set(nationalIds), set(phones), set(emails), set(addresses), set(birthDates));
        }

        private static LongSet set(long[] values) {
            return values == null ? LongSet.empty() : LongSet.of(values);
        }
    }

    /** What training did: pairs used, EM iterations and convergence per session, the u sample. */
    public record TrainingReport(long records, long randomPairs, Map<String, String> sessions) {
    }

    public MatchModel {
        if (matchProbability <= 0 || matchProbability >= 1) {
            throw new IllegalArgumentException("matchProbability must be in (0, 1), was " + matchProbability);
        }
        for (Field field : Field.all()) {
            FieldModel model = fields.get(field.key());
            if (model == null) {
                throw new IllegalArgumentException("model has no parameters for field '" + field.key() + "'");
            }
            if (!model.levels().equals(field.levels())) {
                throw new IllegalArgumentException("field '" + field.key() + "' has levels " + model.levels()
                        + " but the engine uses " + field.levels());
            }
        }
        fields = Map.copyOf(new LinkedHashMap<>(fields));
        largeBlockingKeys = largeBlockingKeys == null ? new long[0] : largeBlockingKeys.clone();
        generic = generic == null ? GenericLists.of(GenericValues.none()) : generic;
        termFrequencies = termFrequencies == null ? TermFrequencies.none() : termFrequencies;
    }

    public FieldModel field(Field field) {
        return fields.get(field.key());
    }

    public MatchModel withThresholds(Thresholds newThresholds) {
        return new MatchModel(version, matchProbability, fields, newThresholds, idScheme, termFrequencies, generic,
                largeBlockingKeys, training);
    }

    public MatchModel withGeneric(GenericValues values) {
        return new MatchModel(version, matchProbability, fields, thresholds, idScheme, termFrequencies,
                GenericLists.of(values), largeBlockingKeys, training);
    }

    public MatchModel withLargeBlockingKeys(long[] keys) {
        return new MatchModel(version, matchProbability, fields, thresholds, idScheme, termFrequencies, generic, keys,
                training);
    }

    /** The prior as a weight: log2 of the odds that two random records match. */
    public double priorWeight() {
        return Math.log(matchProbability / (1 - matchProbability)) / Math.log(2);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatchModel that && version == that.version
                && matchProbability == that.matchProbability && fields.equals(that.fields)
                && thresholds.equals(that.thresholds) && idScheme.equals(that.idScheme)
                && termFrequencies.equals(that.termFrequencies) && Arrays.equals(largeBlockingKeys, that.largeBlockingKeys);
    }

    @Override
    public int hashCode() {
        return fields.hashCode() * 31 + Double.hashCode(matchProbability);
    }
}
