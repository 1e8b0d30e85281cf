package org.citizenhub.connectors;

import java.time.Instant;

/**
 * The counts of one connector run: every record read is either ingested, deleted (its source marked it as
 * gone) or dead-lettered.
 */
public record RunSummary(String connectorId, long read, long ingested, long deadLettered, Instant startedAt, Instant finishedAt,
                         long deleted) {

    /** A run that deleted nothing (the shape before deletions were counted). */
    public RunSummary(String connectorId, long read, long ingested, long deadLettered, Instant startedAt, Instant finishedAt) {
        this(connectorId, read, ingested, deadLettered, startedAt, finishedAt, 0);
    }
}
