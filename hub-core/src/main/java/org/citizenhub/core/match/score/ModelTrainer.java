package org.citizenhub.core.match.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import org.citizenhub.core.match.compare.Field;
import org.citizenhub.core.match.compare.FieldComparators;
import org.citizenhub.core.match.prepare.Hashing;
import org.citizenhub.core.match.prepare.Lexicon;
import org.citizenhub.core.match.prepare.Lexicons;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.normalise.NationalIds.CheckScheme;

/**
 * Trains a {@link MatchModel} from an unlabelled population, Splink style:
 * <ol>
 *   <li>u from random pairs ({@link UEstimator});</li>
 *   <li>m by expectation maximisation in two sessions, each on pairs blocked on different fields, so
 *       that every field's m is learnt from pairs that were not forced to agree on it: pairs sharing a
 *       date of birth teach the names and contact fields, pairs sharing given and family name teach the
 *       date of birth; fields free in both sessions take the mean;</li>
 *   <li>the prior from the share of matches EM found in each session, scaled up by how many of all
 *       matches that session's blocking can see;</li>
 *   <li>term frequencies of names, dates of birth and postcodes.</li>
 * </ol>
 * Sessions with too few pairs keep the cold-start values of {@link DefaultModel}.
 */
public final class ModelTrainer {

    private static final int MIN_SESSION_PAIRS = 30;

    /** Sizes of the samples and the EM stopping rule. */
    public record Settings(int randomPairs, int pairsPerSession, int maxBlock, int maxIterations, double tolerance,
                           long seed, Thresholds thresholds) {

        public static Settings standard() {
            return new Settings(1_000_000, 300_000, 2_000, 60, 1e-5, 20240601L, Thresholds.standard());
        }

        public Settings withThresholds(Thresholds newThresholds) {
            return new Settings(randomPairs, pairsPerSession, maxBlock, maxIterations, tolerance, seed, newThresholds);
        }
    }

    private final Lexicons lexicons;
    private final FieldComparators comparators;
    private final CheckScheme idScheme;
    private final Settings settings;

    public ModelTrainer(Lexicons lexicons, FieldComparators comparators, CheckScheme idScheme, Settings settings) {
        this.lexicons = lexicons;
        this.comparators = comparators;
        this.idScheme = idScheme;
        this.settings = settings;
    }

    public MatchModel train(List<PreparedRecord> records) {
        return train(records, FrequencyTables.count(records, lexicons));
    }

    public MatchModel train(List<PreparedRecord> records, FrequencyTables frequencies) {
        MatchModel defaults = DefaultModel.create(idScheme);
        Field[] fields = Field.all();
        long[] sampled = new long[1];
        double[][] u = new UEstimator(comparators).estimate(records, settings.randomPairs(), settings.seed(), sampled);
        double[][] initialM = new double[fields.length][];
        for (Field field : fields) {
            initialM[field.ordinal()] = defaults.field(field).m().clone();
        }

        Map<String, String> report = new LinkedHashMap<>();
        Session byDate = session("dateOfBirth", records, r -> r.hasFullDob() ? r.dob() : 0,
                fixed(Field.DATE_OF_BIRTH), initialM, u, report);
        Session byName = session("givenAndFamilyName", records,
                r -> r.given() == Lexicon.NONE || r.family() == Lexicon.NONE ? 0 : Hashing.combine(r.given(), r.family()),
                fixed(Field.GIVEN_NAME, Field.FAMILY_NAME), initialM, u, report);

        double[][] m = new double[fields.length][];
        for (Field field : fields) {
            int f = field.ordinal();
            List<double[]> learnt = new ArrayList<>(2);
            for (Session session : List.of(byDate, byName)) {
                if (session.result != null && !session.fixed[f]) {
                    learnt.add(session.result.m()[f]);
                }
            }
            m[f] = learnt.isEmpty() ? initialM[f] : mean(learnt);
        }

        double lambda = prior(records, byDate, byName, m, defaults.matchProbability());
        report.put("prior", String.format(Locale.ROOT, "%.3g", lambda));
        Map<String, FieldModel> models = new LinkedHashMap<>();
        for (Field field : fields) {
            models.put(field.key(), new FieldModel(field.levels(), m[field.ordinal()], u[field.ordinal()]));
        }
        return new MatchModel(MatchModel.VERSION, lambda, models, settings.thresholds(), idScheme.name(),
                frequencies.toModel(lexicons), null, new long[0],
                new MatchModel.TrainingReport(records.size(), sampled[0], report));
    }

    /** One EM session on pairs that share a key (0 = no key), sampled up to the session size. */
    private Session session(String name, List<PreparedRecord> records, ToLongFunction<PreparedRecord> key,
                            boolean[] fixed, double[][] initialM, double[][] u, Map<String, String> report) {
        int n = records.size();
        long[] keyed = new long[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            long k = key.applyAsLong(records.get(i));
            if (k != 0) {
                keyed[count++] = (Hashing.mix(k) & ~0xFFFFFFFFL) | i;
            }
        }
        Arrays.parallelSort(keyed, 0, count);
        long totalPairs = 0;
        for (int start = 0, end; start < count; start = end) {
            end = runEnd(keyed, start, count);
            long size = end - start;
            if (size <= settings.maxBlock()) {
                totalPairs += size * (size - 1) / 2;
            }
        }
        double rate = totalPairs == 0 ? 0 : Math.min(1.0, settings.pairsPerSession() / (double) totalPairs);
        SplittableRandom random = new SplittableRandom(settings.seed() ^ name.hashCode());
        int fieldCount = Field.count();
        byte[] levels = new byte[(int) Math.min(totalPairs, settings.pairsPerSession() * 11L / 10 + 100) * fieldCount];
        int pairs = 0;
        outer:
        for (int start = 0, end; start < count; start = end) {
            end = runEnd(keyed, start, count);
            if (end - start > settings.maxBlock()) {
                continue;
            }
            for (int x = start; x < end; x++) {
                for (int y = x + 1; y < end; y++) {
                    if (rate < 1 && random.nextDouble() >= rate) {
                        continue;
                    }
                    if ((pairs + 1) * fieldCount > levels.length) {
                        break outer;
                    }
                    comparators.levels(records.get((int) keyed[x]), records.get((int) keyed[y]), levels, pairs * fieldCount);
                    pairs++;
                }
            }
        }
        if (pairs < MIN_SESSION_PAIRS) {
            report.put(name, "skipped: " + pairs + " pairs");
            return new Session(fixed, null, totalPairs, count);
        }
        ExpectationMaximisation.Result result = new ExpectationMaximisation(settings.maxIterations(), settings.tolerance())
                .run(levels, pairs, fixed, initialM, u, 0.05);
        report.put(name, String.format(Locale.ROOT, "pairs=%d of %d, iterations=%d, converged=%s, match share=%.4f",
                pairs, totalPairs, result.iterations(), result.converged(), result.lambda()));
        return new Session(fixed, result, totalPairs, count);
    }

    /**
     * The probability that two random records match: matches found in a session's blocks, divided by the
     * share of all matches those blocks can hold (both records keyed, and agreeing on the key), over all
     * pairs. The geometric mean of the two sessions' estimates.
     */
    private static double prior(List<PreparedRecord> records, Session byDate, Session byName, double[][] m,
                                double fallback) {
        double n = records.size();
        double allPairs = n * (n - 1) / 2;
        List<Double> estimates = new ArrayList<>(2);
        if (byDate.result != null) {
            double coverage = Math.pow(byDate.keyed / n, 2) * m[Field.DATE_OF_BIRTH.ordinal()][0];
            estimates.add(byDate.result.lambda() * byDate.totalPairs / Math.max(coverage, 1e-3));
        }
        if (byName.result != null) {
            double coverage = Math.pow(byName.keyed / n, 2) * m[Field.GIVEN_NAME.ordinal()][0]
                    * m[Field.FAMILY_NAME.ordinal()][0];
            estimates.add(byName.result.lambda() * byName.totalPairs / Math.max(coverage, 1e-3));
        }
        if (estimates.isEmpty() || allPairs < 1) {
            return fallback;
        }
        double logMean = estimates.stream().mapToDouble(e -> Math.log(Math.max(e, 1e-3))).average().orElse(0);
        double matches = Math.exp(logMean);
        return Math.min(0.5, Math.max(1e-12, matches / allPairs));
    }

    private static int runEnd(long[] keyed, int start, int count) {
        long prefix = keyed[start] & ~0xFFFFFFFFL;
        int end = start + 1;
        while (end < count && (keyed[end] & ~0xFFFFFFFFL) == prefix) {
            end++;
        }
        return end;
    }

    private static boolean[] fixed(Field... fields) {
        boolean[] fixed = new boolean[Field.count()];
        for (Field field : fields) {
            fixed[field.ordinal()] = true;
        }
        return fixed;
    }

    private static double[] mean(List<double[]> values) {
        double[] out = new double[values.get(0).length];
        for (double[] v : values) {
            for (int i = 0; i < out.length; i++) {
                out[i] += v[i] / values.size();
            }
        }
        return out;
    }

    private record Session(boolean[] fixed, ExpectationMaximisation.Result result, long totalPairs, long keyed) {
    }
}
