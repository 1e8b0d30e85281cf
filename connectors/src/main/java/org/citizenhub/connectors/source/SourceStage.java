package org.citizenhub.connectors.source;

import org.apache.camel.model.RouteDefinition;

/** The kind-specific middle of a connector route: read the source and hand each native record to the handler. */
interface SourceStage {

    /** Route-scoped error handling (retries); called before any step is added to the route. */
    default void configureErrorHandling(RouteDefinition route) {
    }

    /** Appends the steps that read the whole source (or what changed since the watermark). */
    void read(RouteDefinition route);
}
