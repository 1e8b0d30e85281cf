package org.citizenhub.core.match.score;

import org.citizenhub.core.match.compare.AddressComparator;
import org.citizenhub.core.match.compare.BirthDateComparator;
import org.citizenhub.core.match.compare.FamilyNameComparator;
import org.citizenhub.core.match.compare.Field;
import org.citizenhub.core.match.compare.FieldComparators;
import org.citizenhub.core.match.compare.GivenNameComparator;
import org.citizenhub.core.match.prepare.Lexicon;
import org.citizenhub.core.match.prepare.PreparedRecord;

/**
 * Scores a pair of prepared records with a {@link MatchModel}: the prior plus, per field, the weight
 * log2(m/u) of the level reached. Exact agreement on a given name, family name or date of birth, and
 * agreement on the postcode alone, use the value's own frequency as u (term-frequency adjustment), so a
 * rare surname weighs more than Smith. Thread-safe and allocation-free.
 */
public final class Scorer {

    /** No single field may swing the odds more than this, whatever the data suggests. */
    public static final double MAX_WEIGHT = 20;
    public static final double MIN_WEIGHT = -14;
    private static final double MIN_U = 1e-7;
    private static final double LOG2 = Math.log(2);

    private static final int GIVEN = Field.GIVEN_NAME.ordinal();
    private static final int FAMILY = Field.FAMILY_NAME.ordinal();
    private static final int DOB = Field.DATE_OF_BIRTH.ordinal();
    private static final int ADDRESS = Field.ADDRESS.ordinal();

    private final MatchModel model;
    private final FieldComparators comparators;
    private final FrequencyTables frequencies;
    private final double prior;
    private final double[][] weights;
    private final double[] log2MExact = new double[Field.count()];
    private final double log2Population;

    public Scorer(MatchModel model, FieldComparators comparators, FrequencyTables frequencies) {
        this.model = model;
        this.comparators = comparators;
        this.frequencies = frequencies;
        this.prior = model.priorWeight();
        this.weights = new double[Field.count()][];
        for (Field field : Field.all()) {
            FieldModel parameters = model.field(field);
            double[] w = new double[field.levelCount()];
            for (int level = 0; level < w.length; level++) {
                w[level] = field.isNeutral(level) ? 0 : clamp(log2(parameters.m()[level]) - log2(Math.max(MIN_U, parameters.u()[level])));
            }
            weights[field.ordinal()] = w;
            log2MExact[field.ordinal()] = log2(parameters.m()[0]);
        }
        log2MExact[ADDRESS] = log2(model.field(Field.ADDRESS).m()[AddressComparator.POSTCODE_ONLY]);
        this.log2Population = frequencies.isEmpty() ? 0 : log2(frequencies.population());
    }

    public MatchModel model() {
        return model;
    }

    public FieldComparators comparators() {
        return comparators;
    }

    public double prior() {
        return prior;
    }

    /** The match weight of the pair: prior plus every field's weight. */
    public double score(PreparedRecord a, PreparedRecord b) {
        double total = prior;
        for (int f = 0; f < weights.length; f++) {
            total += weight(f, comparators.compare(f, a, b), a, b);
        }
        return total;
    }

    /** The weight of one field at a level, term-frequency adjusted where that applies. */
    public double weight(int field, int level, PreparedRecord a, PreparedRecord b) {
        if (!frequencies.isEmpty() && isTermAdjusted(field, level)) {
            int count = valueCount(field, a, b);
            if (count > 0) {
                // u = count / population, the chance a random record holds this very value
                return clamp(log2MExact[field] - (log2(count) - log2Population));
            }
        }
        return weights[field][level];
    }

    /** The weight of a level without term-frequency adjustment (the average over values). */
    public double baseWeight(int field, int level) {
        return weights[field][level];
    }

    public static boolean isTermAdjusted(int field, int level) {
        return (field == GIVEN && level == GivenNameComparator.EXACT)
                || (field == FAMILY && level == FamilyNameComparator.EXACT)
                || (field == DOB && level == BirthDateComparator.EXACT)
                || (field == ADDRESS && level == AddressComparator.POSTCODE_ONLY);
    }

    /** How many records of the population hold the agreeing value; the larger count where two spellings agree. */
    private int valueCount(int field, PreparedRecord a, PreparedRecord b) {
        if (field == GIVEN) {
            return Math.max(frequencies.givenCount(a.given()), frequencies.givenCount(b.given()));
        }
        if (field == FAMILY) {
            return Math.max(frequencies.familyCount(a.family()), frequencies.familyCount(b.family()));
        }
        if (field == DOB) {
            return frequencies.birthDateCount(a.dob());
        }
        int shared = sharedPostcode(a, b);
        return shared == Lexicon.NONE ? 0 : frequencies.postcodeCount(shared);
    }

    private static int sharedPostcode(PreparedRecord a, PreparedRecord b) {
        for (int i = 0; i < a.addressCount(); i++) {
            int code = a.address(i, PreparedRecord.POSTCODE);
            if (code == Lexicon.NONE) {
                continue;
            }
            for (int j = 0; j < b.addressCount(); j++) {
                if (b.address(j, PreparedRecord.POSTCODE) == code) {
                    return code;
                }
            }
        }
        return Lexicon.NONE;
    }

    private static double clamp(double weight) {
        return Math.max(MIN_WEIGHT, Math.min(MAX_WEIGHT, weight));
    }

    static double log2(double x) {
        return Math.log(x) / LOG2;
    }
}
