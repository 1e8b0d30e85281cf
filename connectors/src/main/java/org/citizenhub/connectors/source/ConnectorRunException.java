package org.citizenhub.connectors.source;

import org.citizenhub.connectors.RunSummary;

/**
 * A connector run that did not finish. {@link #partialSummary()} counts what was read before it stopped:
 * those records stay ingested (or dead-lettered), and the connector's watermark was not advanced.
 */
public class ConnectorRunException extends RuntimeException {

    private final String connectorId;
    private final transient RunSummary partialSummary;

    public ConnectorRunException(String connectorId, String reason, RunSummary partialSummary, Throwable cause) {
        super("connector '" + connectorId + "' run failed: " + reason, cause);
        this.connectorId = connectorId;
        this.partialSummary = partialSummary;
    }

    public String connectorId() {
        return connectorId;
    }

    /** Counts up to the failure; never null. */
    public RunSummary partialSummary() {
        return partialSummary;
    }
}
