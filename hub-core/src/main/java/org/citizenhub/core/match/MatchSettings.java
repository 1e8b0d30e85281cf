package org.citizenhub.core.match;

import org.citizenhub.core.match.cluster.ClusterSettings;
import org.citizenhub.core.match.prepare.GenericValueDetector;
import org.citizenhub.core.match.score.ModelTrainer;
import org.citizenhub.core.match.score.Thresholds;

/**
 * How the probabilistic engine runs. Everything has a sensible default ({@link #standard()}); the
 * thresholds of a trained model come from {@link ModelTrainer.Settings#thresholds()}.
 *
 * @param phoneRegion region national phone numbers are read in (ISO 3166, e.g. GB)
 * @param threads     worker threads for batch resolution
 * @param maxBlock    a blocking key shared by more records than this is not compared in full
 * @param window      comparisons per record inside such a large block (sorted neighbourhood)
 */
public record MatchSettings(String phoneRegion, int threads, int maxBlock, int window,
                            GenericValueDetector.Bounds genericBounds, ModelTrainer.Settings training,
                            ClusterSettings clustering) {

    public MatchSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (maxBlock < 2 || window < 2) {
            throw new IllegalArgumentException("maxBlock and window must be at least 2");
        }
    }

    public static MatchSettings standard() {
        return new MatchSettings("GB", Math.max(1, Runtime.getRuntime().availableProcessors()), 200, 10,
                GenericValueDetector.Bounds.standard(), ModelTrainer.Settings.standard(), ClusterSettings.standard());
    }

    public MatchSettings withThreads(int newThreads) {
        return new MatchSettings(phoneRegion, newThreads, maxBlock, window, genericBounds, training, clustering);
    }

    public MatchSettings withPhoneRegion(String region) {
        return new MatchSettings(region, threads, maxBlock, window, genericBounds, training, clustering);
    }

    public MatchSettings withBlocking(int newMaxBlock, int newWindow) {
        return new MatchSettings(phoneRegion, threads, newMaxBlock, newWindow, genericBounds, training, clustering);
    }

    public MatchSettings withThresholds(Thresholds thresholds) {
        return new MatchSettings(phoneRegion, threads, maxBlock, window, genericBounds,
                training.withThresholds(thresholds), clustering);
    }

    public MatchSettings withTraining(ModelTrainer.Settings newTraining) {
        return new MatchSettings(phoneRegion, threads, maxBlock, window, genericBounds, newTraining, clustering);
    }
}
