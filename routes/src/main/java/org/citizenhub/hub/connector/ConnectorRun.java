package org.citizenhub.hub.connector;

import java.time.Instant;

/** One recorded connector run. {@code error} is set when the run failed as a whole (not for bad records). */
public record ConnectorRun(
        long id,
        String connectorId,
        Instant startedAt,
        Instant finishedAt,
        long read,
        long ingested,
        long deadLettered,
        Outcome outcome,
        String error) {

    public enum Outcome { SUCCEEDED, FAILED }
}
