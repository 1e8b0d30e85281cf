package org.citizenhub.hub.matching;

import org.citizenhub.core.match.MatchSettings;

/**
 * How the hub runs the engine.
 *
 * @param phoneRegion        region phone numbers without a country code are read in (ISO 3166)
 * @param minTrainingRecords fewer stored records than this teach nothing reliable: the cold-start model is kept
 * @param retrainGrowth      retrain after start-up runs when the records grew by more than this share (0.2 = 20%)
 * @param batchThreshold     on a first load (no citizen yet), records beyond this many are stored without
 *                           matching and resolved in one batch at the end of the start-up runs
 * @param threads            worker threads of batch resolution and training
 */
public record MatchingSettings(String phoneRegion, int minTrainingRecords, double retrainGrowth, int batchThreshold,
                               int threads) {

    public MatchingSettings {
        if (phoneRegion == null || phoneRegion.isBlank()) {
            phoneRegion = "GB";
        }
        if (minTrainingRecords < 2) {
            throw new IllegalArgumentException("hub.matching.min-training-records must be at least 2, was " + minTrainingRecords);
        }
        if (retrainGrowth < 0) {
            throw new IllegalArgumentException("hub.matching.retrain-growth must not be negative, was " + retrainGrowth);
        }
        if (batchThreshold < 0) {
            throw new IllegalArgumentException("hub.matching.batch-threshold must not be negative, was " + batchThreshold);
        }
        threads = threads < 1 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
    }

    public static MatchingSettings defaults() {
        return new MatchingSettings("GB", 1_000, 0.2, 10_000, 0);
    }

    public MatchingSettings withMinTrainingRecords(int records) {
        return new MatchingSettings(phoneRegion, records, retrainGrowth, batchThreshold, threads);
    }

    /** The engine's own settings for these. */
    public MatchSettings engine() {
        return MatchSettings.standard().withPhoneRegion(phoneRegion).withThreads(threads);
    }
}
