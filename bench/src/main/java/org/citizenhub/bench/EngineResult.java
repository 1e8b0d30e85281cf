package org.citizenhub.bench;

import java.util.Map;
import org.citizenhub.bench.metrics.PairwiseScore;
import org.citizenhub.bench.population.HardNegative;

/**
 * One engine's figures on one data set. {@code seconds} is the wall time of resolve alone;
 * {@code heapBeforeBytes} the live heap (mostly the input records) before it, {@code peakHeapBytes} the
 * highest heap use during it. {@code hardNegatives} is empty when the data has no known people (score).
 */
record EngineResult(String engine, String description, PairwiseScore score, double seconds, long heapBeforeBytes,
        long peakHeapBytes, Map<HardNegative, HardNegativeCheck.Tally> hardNegatives) {

    double recordsPerSecond() {
        return seconds <= 0 ? 0 : score.records() / seconds;
    }
}
