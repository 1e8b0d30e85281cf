package org.citizenhub.hub.connector;

import org.citizenhub.connectors.config.ConnectorConfigException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad connector file at start-up into a short report (file, key, reason) instead of a stack trace. */
public class ConnectorFileFailureAnalyzer extends AbstractFailureAnalyzer<ConnectorConfigException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConnectorConfigException cause) {
        return new FailureAnalysis("The connector file cannot be used: " + cause.getMessage(),
                "Fix the connector file named above (see README, connector configuration reference), "
                        + "or start without one by leaving hub.connectors empty.", cause);
    }
}
