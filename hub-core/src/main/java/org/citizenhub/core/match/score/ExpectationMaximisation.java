package org.citizenhub.core.match.score;

import org.citizenhub.core.match.compare.Field;

/**
 * Learns m probabilities and the share of matches from unlabelled pairs, as Splink does: each pair's
 * probability of being a match given its levels (E step), then m as the match-weighted share of each
 * level (M step), u held fixed (it comes from random pairs). Fields the pairs were blocked on are
 * "fixed": they agree by construction, so nothing can be learnt about them here, and they are left out.
 * Neutral levels (missing, generic) take no part.
 */
public final class ExpectationMaximisation {

    /** Never let a learnt m reach 0 or 1: one unlucky sample must not make a level impossible. */
    static final double M_FLOOR = 1e-4;

    /** The learnt m values, the share of matches among the pairs, and how the iteration went. */
    public record Result(double[][] m, double lambda, int iterations, boolean converged) {
    }

    private final int maxIterations;
    private final double tolerance;

    public ExpectationMaximisation(int maxIterations, double tolerance) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /**
     * @param levels   level of field f of pair p at {@code levels[p * F + f]}
     * @param pairs    number of pairs
     * @param fixed    fields to leave out (the blocking fields of these pairs)
     * @param initialM starting m per field and level (not modified)
     * @param u        u per field and level
     * @param lambda   starting share of matches
     */
    public Result run(byte[] levels, int pairs, boolean[] fixed, double[][] initialM, double[][] u, double lambda) {
        Field[] fields = Field.all();
        int fieldCount = fields.length;
        double[][] m = new double[fieldCount][];
        double[][] ratio = new double[fieldCount][];
        for (int f = 0; f < fieldCount; f++) {
            m[f] = initialM[f].clone();
            ratio[f] = new double[m[f].length];
        }
        double[] posterior = new double[pairs];
        boolean converged = false;
        int iteration = 0;
        while (iteration < maxIterations && !converged) {
            iteration++;
            for (int f = 0; f < fieldCount; f++) {
                for (int l = 0; l < m[f].length; l++) {
                    ratio[f][l] = fixed[f] || fields[f].isNeutral(l) ? 1 : m[f][l] / Math.max(u[f][l], 1e-12);
                }
            }
            double priorOdds = lambda / (1 - lambda);
            double matchSum = 0;
            for (int p = 0; p < pairs; p++) {
                double odds = priorOdds;
                int base = p * fieldCount;
                for (int f = 0; f < fieldCount; f++) {
                    odds *= ratio[f][levels[base + f]];
                }
                double probability = Double.isInfinite(odds) ? 1 : odds / (1 + odds);
                posterior[p] = probability;
                matchSum += probability;
            }
            double change = 0;
            for (int f = 0; f < fieldCount; f++) {
                if (fixed[f]) {
                    continue;
                }
                double[] sums = new double[m[f].length];
                double total = 0;
                for (int p = 0; p < pairs; p++) {
                    int level = levels[p * fieldCount + f];
                    if (!fields[f].isNeutral(level)) {
                        sums[level] += posterior[p];
                        total += posterior[p];
                    }
                }
                if (total <= 0) {
                    continue;
                }
                double[] next = normalise(sums, total, fields[f]);
                for (int l = 0; l < next.length; l++) {
                    change = Math.max(change, Math.abs(next[l] - m[f][l]));
                }
                m[f] = next;
            }
            double nextLambda = Math.min(1 - 1e-9, Math.max(1e-9, matchSum / Math.max(1, pairs)));
            change = Math.max(change, Math.abs(nextLambda - lambda));
            lambda = nextLambda;
            converged = change < tolerance;
        }
        return new Result(m, lambda, iteration, converged);
    }

    private static double[] normalise(double[] sums, double total, Field field) {
        double[] out = new double[sums.length];
        double floored = 0;
        for (int l = 0; l < sums.length; l++) {
            if (!field.isNeutral(l)) {
                out[l] = Math.max(M_FLOOR, sums[l] / total);
                floored += out[l];
            }
        }
        for (int l = 0; l < sums.length; l++) {
            out[l] /= floored;
        }
        return out;
    }
}
