package org.citizenhub.connectors.source;

import java.util.Optional;

/** Keeps the greatest watermark value seen during one run. */
final class WatermarkTracker {

    private WatermarkValues.Candidate highest;

    /** Offers a JDBC column value or a JSON node; values that cannot be watermarks are ignored. */
    void offer(Object value) {
        WatermarkValues.Candidate candidate = WatermarkValues.candidate(value);
        if (candidate != null && (highest == null || candidate.isAfter(highest))) {
            highest = candidate;
        }
    }

    Optional<String> highest() {
        return highest == null ? Optional.empty() : Optional.of(highest.text());
    }
}
