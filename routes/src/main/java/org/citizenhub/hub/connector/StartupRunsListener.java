package org.citizenhub.hub.connector;

/**
 * Takes part in the connectors' start-up runs: called on the start-up thread before the first run and after the
 * last one (also when no connector runs at start), e.g. so matching can load a first population in batch
 * mode and learn its model afterwards. A listener that throws is logged and the runs go on.
 */
public interface StartupRunsListener {

    default void beforeStartupRuns() {
    }

    default void afterStartupRuns() {
    }
}
