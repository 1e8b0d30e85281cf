package org.citizenhub.connectors.source;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.citizenhub.connectors.CheckpointStore;
import org.citizenhub.connectors.IngestSink;
import org.citizenhub.connectors.RunSummary;
import org.citizenhub.connectors.config.ConnectorConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs connectors on demand, synchronously, through their routes. A run that cannot read its source throws
 * {@link ConnectorRunException} with the counts so far; bad records never do (they are dead letters).
 */
public final class ConnectorRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRunner.class);

    private final Set<String> connectorIds;
    private final ProducerTemplate template;

    /** For a context that already has the connectors' routes (see {@link ConnectorRoutes}). */
    public ConnectorRunner(CamelContext context, Collection<String> connectorIds) {
        this.connectorIds = new LinkedHashSet<>(connectorIds);
        this.template = context.createProducerTemplate();
    }

    /** Adds the connectors' routes to the context (started or not) and returns their runner. */
    public static ConnectorRunner install(CamelContext context, List<ConnectorConfig> connectors, IngestSink sink,
                                          CheckpointStore checkpoints, SourceOptions options) throws Exception {
        ConnectorRoutes routes = new ConnectorRoutes(connectors, sink, checkpoints, options);
        context.addRoutes(routes);
        return new ConnectorRunner(context, routes.connectorIds());
    }

    public static ConnectorRunner install(CamelContext context, List<ConnectorConfig> connectors, IngestSink sink,
                                          CheckpointStore checkpoints) throws Exception {
        return install(context, connectors, sink, checkpoints, SourceOptions.defaults());
    }

    public List<String> connectorIds() {
        return List.copyOf(connectorIds);
    }

    /** Runs one connector to the end of its source and returns its counts. */
    public RunSummary run(String connectorId) {
        if (!connectorIds.contains(connectorId)) {
            throw new IllegalArgumentException("unknown connector '" + connectorId + "'; known connectors: "
                    + String.join(", ", connectorIds));
        }
        Instant started = Instant.now();
        Exchange result = template.send(ConnectorRoutes.endpointUri(connectorId), exchange -> { });
        Exception failure = result.getException();
        if (failure == null) {
            RunSummary summary = result.getMessage().getBody(RunSummary.class);
            if (summary != null) {
                return summary;
            }
            failure = new IllegalStateException("the route ended without a run summary");
        }
        Instant now = Instant.now();
        RunSummary partial = RunState.find(result).map(run -> run.summary(now))
                .orElseGet(() -> new RunSummary(connectorId, 0, 0, 0, started, now));
        LOG.warn("connector {} run failed after {} ms (read={}, ingested={}, deadLettered={}): {}", connectorId,
                Duration.between(started, now).toMillis(), partial.read(), partial.ingested(), partial.deadLettered(),
                FailureReasons.loggable(failure));
        throw new ConnectorRunException(connectorId, FailureReasons.describe(failure), partial, failure);
    }

    /**
     * Runs every connector once, in order. One failing connector does not stop the others; if any failed,
     * the first failure is thrown at the end with the others suppressed in it.
     */
    public List<RunSummary> runAll() {
        List<RunSummary> summaries = new ArrayList<>();
        ConnectorRunException firstFailure = null;
        for (String id : connectorIds) {
            try {
                summaries.add(run(id));
            } catch (ConnectorRunException e) {
                if (firstFailure == null) {
                    firstFailure = e;
                } else {
                    firstFailure.addSuppressed(e);
                }
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return summaries;
    }
}
