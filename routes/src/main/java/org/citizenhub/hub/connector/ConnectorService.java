package org.citizenhub.hub.connector;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.citizenhub.connectors.RunSummary;
import org.citizenhub.connectors.config.ConnectorConfigException;
import org.citizenhub.connectors.source.ConnectorRunException;
import org.citizenhub.connectors.source.ConnectorRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a connector and records the run in {@code connector_run}. A run that fails is recorded with its
 * error and the counts up to the failure, and returned, never thrown: a broken agency source must not stop
 * the hub or the other connectors. Before a run, a connector file changed on disk is taken in (the routes
 * are rebuilt while no run is going on); an invalid change is logged and the last good routes keep running.
 */
public final class ConnectorService {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorService.class);

    private final ConnectorRegistry registry;
    private final ConnectorRouteInstaller installer;
    private final ConnectorRunRepository runs;
    private final Clock clock;
    /** Runs share the read lock; swapping the routes takes the write lock. */
    private final ReadWriteLock routesLock = new ReentrantReadWriteLock(true);
    private volatile ConnectorRunner runner;
    private volatile int routesVersion;

    ConnectorService(ConnectorRegistry registry, ConnectorRouteInstaller installer, ConnectorRunRepository runs, Clock clock)
            throws Exception {
        this.registry = registry;
        this.installer = installer;
        this.runs = runs;
        this.clock = clock;
        this.routesVersion = registry.version();
        this.runner = installer.install(registry.connectors());
    }

    public ConnectorRegistry registry() {
        return registry;
    }

    /** Runs the connector to the end of its source; empty when no connector has this id. */
    public Optional<ConnectorRun> run(String connectorId) {
        refreshRoutes();
        if (registry.find(connectorId).isEmpty()) {
            return Optional.empty();
        }
        Instant startedAt = clock.instant();
        routesLock.readLock().lock();
        try {
            RunSummary summary = runner.run(connectorId);
            return Optional.of(runs.recordSuccess(summary));
        } catch (ConnectorRunException e) {
            return Optional.of(runs.recordFailure(e.partialSummary(), e.getMessage()));
        } catch (RuntimeException e) {
            // not a source failure but a fault of the hub itself: log the type, record the run as failed
            LOG.error("connector {} run stopped by {}", connectorId, e.getClass().getName());
            RunSummary nothing = new RunSummary(connectorId, 0, 0, 0, startedAt, clock.instant());
            return Optional.of(runs.recordFailure(nothing, "internal error: " + e.getClass().getName()));
        } finally {
            routesLock.readLock().unlock();
        }
    }

    public Optional<ConnectorRun> lastRun(String connectorId) {
        return runs.latest(connectorId);
    }

    private void refreshRoutes() {
        try {
            registry.refresh();
        } catch (ConnectorConfigException e) {
            LOG.warn("Connector file changed but cannot be used, keeping the last good one: {}", e.getMessage());
        }
        if (registry.version() == routesVersion) {
            return;
        }
        routesLock.writeLock().lock();
        try {
            int version = registry.version();
            if (version != routesVersion) {
                runner = installer.install(registry.connectors());
                routesVersion = version;
                LOG.info("Connector file changed: {} connector route(s) rebuilt", registry.connectors().size());
            }
        } catch (Exception e) {
            LOG.error("Connector routes could not be rebuilt: {}", e.getClass().getName());
        } finally {
            routesLock.writeLock().unlock();
        }
    }
}
