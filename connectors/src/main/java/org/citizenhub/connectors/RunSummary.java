package org.citizenhub.connectors;

import java.time.Instant;

/** The counts of one connector run: every record read is either ingested or dead-lettered. */
public record RunSummary(String connectorId, long read, long ingested, long deadLettered, Instant startedAt, Instant finishedAt) {
}
