package org.citizenhub.connectors.source;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.citizenhub.connectors.CheckpointStore;
import org.citizenhub.connectors.IngestSink;
import org.citizenhub.connectors.RunSummary;
import org.citizenhub.connectors.config.ConnectorConfig;
import org.citizenhub.connectors.config.ConnectorKind;
import org.citizenhub.connectors.config.JdbcSource;
import org.citizenhub.connectors.mapping.RecordMapper;
import org.citizenhub.core.record.RecordValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * One route per connector: {@code direct:connector-<id>}, route id = connector id, a synchronous run whose
 * result body is the {@link RunSummary}. With scheduling on, a timer route {@code <id>-schedule} also runs it
 * at start ({@code runAtStart}) and every {@code schedule}. Runs of one connector never overlap.
 * Add it to any CamelContext ({@code context.addRoutes(...)}, or as a Spring bean) and run through
 * {@link ConnectorRunner}.
 */
public final class ConnectorRoutes extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRoutes.class);

    private final List<ConnectorConfig> connectors;
    private final IngestSink sink;
    private final CheckpointStore checkpoints;
    private final SourceOptions options;
    /** Reads NDJSON lines and REST pages: a key given twice in one object is an error, not a silent "last one wins". */
    private final ObjectMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private volatile ConnectorRunner scheduledRunner;

    public ConnectorRoutes(List<ConnectorConfig> connectors, IngestSink sink, CheckpointStore checkpoints,
                           SourceOptions options) {
        this.connectors = List.copyOf(connectors);
        this.sink = Objects.requireNonNull(sink, "sink");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.options = Objects.requireNonNull(options, "options");
    }

    public ConnectorRoutes(List<ConnectorConfig> connectors, IngestSink sink, CheckpointStore checkpoints) {
        this(connectors, sink, checkpoints, SourceOptions.defaults());
    }

    /** The endpoint that runs a connector once. */
    public static String endpointUri(String connectorId) {
        return "direct:connector-" + connectorId;
    }

    public static String scheduleRouteId(String connectorId) {
        return connectorId + "-schedule";
    }

    public List<String> connectorIds() {
        return connectors.stream().map(ConnectorConfig::id).toList();
    }

    @Override
    public void configure() {
        if (connectors.stream().anyMatch(connector -> connector.kind() == ConnectorKind.REST)) {
            bindToRegistry(RestHttpClientSettings.BEAN_NAME, new RestHttpClientSettings());
        }
        for (ConnectorConfig connector : connectors) {
            addRunRoute(connector);
            if (options.scheduling() && (connector.schedule() != null || connector.runAtStart())) {
                addScheduleRoute(connector);
            }
        }
    }

    private void addRunRoute(ConnectorConfig connector) {
        String id = connector.id();
        RecordHandler handler = new RecordHandler(id, new RecordMapper(id, connector.mapping(), options.clock()),
                new RecordValidator(options.clock()), sink, options.clock());
        SourceStage stage = stageFor(connector, handler);
        RouteDefinition route = from(endpointUri(id)).routeId(id)
                .routeDescription(connector.description() == null ? connector.kind() + " connector" : connector.description())
                .routePolicy(new ExclusiveRunPolicy())
                // a failed run is reported once, by ConnectorRunner, without message content
                .errorHandler(defaultErrorHandler().logExhausted(false).logStackTrace(false));
        stage.configureErrorHandling(route);
        route.process(exchange -> exchange.setProperty(RunState.PROPERTY,
                new RunState(id, options.clock().instant(), checkpoints.watermark(id))));
        stage.read(route);
        route.process(this::finishRun);
    }

    private SourceStage stageFor(ConnectorConfig connector, RecordHandler handler) {
        String id = connector.id();
        if (connector.kind() == null) {
            throw new IllegalArgumentException("connector '" + id + "': kind is missing");
        }
        return switch (connector.kind()) {
            case FILE -> new FileSourceStage(required(connector.file(), id, "file"), handler, json);
            case JDBC -> new JdbcSourceStage(required(connector.jdbc(), id, "jdbc"), bindDataSource(id, connector.jdbc()), handler);
            case REST -> new RestSourceStage(required(connector.rest(), id, "rest"), handler, json, options.retryBackoff());
        };
    }

    /** One DataSource per connector, made once, found by the SQL endpoint in the Camel registry. */
    private String bindDataSource(String connectorId, JdbcSource jdbc) {
        Driver driver;
        try {
            driver = DriverManager.getDriver(jdbc.url());
        } catch (SQLException e) {
            String scheme = jdbc.url() == null ? "" : jdbc.url().replaceFirst("^(jdbc:[^:]*).*$", "$1");
            throw new IllegalArgumentException("connector '" + connectorId + "': no JDBC driver on the class path for "
                    + scheme + " URLs", e);
        }
        String name = "citizenhub-connector-datasource-" + connectorId;
        bindToRegistry(name, new StreamingDataSource(
                new SimpleDriverDataSource(driver, jdbc.url(), jdbc.username(), jdbc.password())));
        return name;
    }

    private void finishRun(Exchange exchange) {
        RunState run = RunState.of(exchange);
        if (run.complete()) {
            run.watermark().highest()
                    .filter(highest -> !run.previousWatermark().equals(Optional.of(highest)))
                    .ifPresent(highest -> checkpoints.saveWatermark(run.connectorId(), highest));
        }
        RunSummary summary = run.summary(options.clock().instant());
        LOG.info("connector {} run finished in {} ms: read={}, ingested={}, deadLettered={}", summary.connectorId(),
                Duration.between(summary.startedAt(), summary.finishedAt()).toMillis(),
                summary.read(), summary.ingested(), summary.deadLettered());
        exchange.getIn().removeHeaders("*");
        exchange.getIn().setBody(summary);
    }

    private void addScheduleRoute(ConnectorConfig connector) {
        String id = connector.id();
        long period = connector.schedule() == null ? 0 : Math.max(1, connector.schedule().toMillis());
        long delay = connector.runAtStart() ? 0 : period;
        List<String> timerOptions = new ArrayList<>();
        timerOptions.add("delay=" + delay);
        if (period > 0) {
            timerOptions.add("period=" + period);
        } else {
            timerOptions.add("repeatCount=1");
        }
        from("timer:connector-" + id + "?" + String.join("&", timerOptions))
                .routeId(scheduleRouteId(id))
                .process(exchange -> runScheduled(id));
    }

    private void runScheduled(String connectorId) {
        try {
            scheduledRunner().run(connectorId);
        } catch (ConnectorRunException alreadyLogged) {
            // ConnectorRunner logged it; the next tick tries again
        }
    }

    private ConnectorRunner scheduledRunner() {
        ConnectorRunner runner = scheduledRunner;
        if (runner == null) {
            synchronized (this) {
                if (scheduledRunner == null) {
                    scheduledRunner = new ConnectorRunner(getContext(), connectorIds());
                }
                runner = scheduledRunner;
            }
        }
        return runner;
    }

    private static <T> T required(T source, String connectorId, String key) {
        if (source == null) {
            throw new IllegalArgumentException("connector '" + connectorId + "': kind needs the '" + key + "' settings");
        }
        return source;
    }
}
