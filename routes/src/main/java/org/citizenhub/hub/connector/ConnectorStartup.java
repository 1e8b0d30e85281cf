package org.citizenhub.hub.connector;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.citizenhub.connectors.config.ConnectorConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Once the application is ready, runs every connector marked {@code runAtStart}, one after the other on a
 * background thread: health is UP and the API answers while the first ingest goes on. {@link StartupRunsListener}s
 * are told before the first run and after the last, on the same thread.
 */
public final class ConnectorStartup implements ApplicationListener<ApplicationReadyEvent>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorStartup.class);

    private final ConnectorService service;
    private final List<StartupRunsListener> listeners;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hub-connectors-at-start");
        thread.setDaemon(true);
        return thread;
    });

    public ConnectorStartup(ConnectorService service) {
        this(service, List.of());
    }

    public ConnectorStartup(ConnectorService service, List<StartupRunsListener> listeners) {
        this.service = service;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        List<String> ids = service.registry().connectors().stream()
                .filter(ConnectorConfig::runAtStart)
                .map(ConnectorConfig::id)
                .toList();
        if (!ids.isEmpty()) {
            LOG.info("Running {} connector(s) at start in the background", ids.size());
        }
        executor.execute(() -> listeners.forEach(l -> tell(l, true)));
        ids.forEach(id -> executor.execute(() -> service.run(id)));
        executor.execute(() -> listeners.forEach(l -> tell(l, false)));
    }

    private static void tell(StartupRunsListener listener, boolean before) {
        try {
            if (before) {
                listener.beforeStartupRuns();
            } else {
                listener.afterStartupRuns();
            }
        } catch (RuntimeException e) {
            LOG.error("Start-up runs listener {} failed: {}", listener.getClass().getSimpleName(), e.getClass().getName());
            LOG.debug("Start-up runs listener failure", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
