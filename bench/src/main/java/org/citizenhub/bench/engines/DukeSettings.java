package org.citizenhub.bench.engines;

/**
 * The knobs of the Duke run. {@code threshold}: the match probability above which Duke reports a match;
 * {@code maxSearchHits}: candidates Lucene returns per record; {@code fuzzySearch}: Lucene fuzzy term
 * queries for candidate lookup (finds typos, costs time); {@code threads}: Duke's matching threads.
 */
public record DukeSettings(double threshold, int maxSearchHits, boolean fuzzySearch, int threads) {

    public static DukeSettings defaults() {
        return new DukeSettings(0.99, 50, false, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
