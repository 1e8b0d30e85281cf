package org.citizenhub.hub.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.citizenhub.hub.connector.ConnectorRun;

/** A connector run as the API shows it: the run summary's counts, the outcome and, when it failed, the error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunView(long runId, String connectorId, String outcome, long read, long ingested, long deadLettered,
                      String startedAt, String finishedAt, String error) {

    static RunView of(ConnectorRun run) {
        return new RunView(run.id(), run.connectorId(), run.outcome().name(), run.read(), run.ingested(),
                run.deadLettered(), text(run.startedAt()), text(run.finishedAt()), run.error());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
