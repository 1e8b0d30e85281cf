package org.citizenhub.connectors.source;

import java.util.Optional;

/**
 * Keeps the greatest watermark value seen during one run. A value longer than {@value #MAX_CHARS} characters
 * is no watermark (no timestamp, number or version is that long, and the store keeps at most 500).
 */
final class WatermarkTracker {

    static final int MAX_CHARS = 100;

    private WatermarkValues.Candidate highest;

    /** Offers a JDBC column value or a JSON node; values that cannot be watermarks are ignored. */
    void offer(Object value) {
        WatermarkValues.Candidate candidate = WatermarkValues.candidate(value);
        if (candidate != null && candidate.text().length() <= MAX_CHARS && (highest == null || candidate.isAfter(highest))) {
            highest = candidate;
        }
    }

    Optional<String> highest() {
        return highest == null ? Optional.empty() : Optional.of(highest.text());
    }
}
