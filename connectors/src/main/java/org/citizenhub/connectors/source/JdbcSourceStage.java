package org.citizenhub.connectors.source;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.builder.Builder;
import org.apache.camel.component.sql.SqlConstants;
import org.apache.camel.model.RouteDefinition;
import org.citizenhub.connectors.config.JdbcSource;

/**
 * Runs the connector's query through Camel SQL with the watermark bound as the named parameter
 * {@code :#watermark} (never pasted into the SQL), and splits the result set in streaming mode. Tracks the
 * greatest {@code watermarkColumn} value seen; the run saves it when it finishes.
 */
final class JdbcSourceStage implements SourceStage {

    static final String WATERMARK_PARAMETER = "watermark";

    /**
     * {@code :#name} as Camel SQL writes it. Camel would turn every {@code #} of the query into {@code ?};
     * only these tokens are converted (to {@code :?name}), so a {@code #} in a literal or comment stays.
     */
    private static final Pattern NAMED_PARAMETER = Pattern.compile(":#(\\w+)");

    private final JdbcSource jdbc;
    private final String dataSourceBean;
    private final RecordHandler handler;

    JdbcSourceStage(JdbcSource jdbc, String dataSourceBean, RecordHandler handler) {
        this.jdbc = jdbc;
        this.dataSourceBean = dataSourceBean;
        this.handler = handler;
    }

    @Override
    public void read(RouteDefinition route) {
        // the query travels in a header, so no SQL text ever has to survive URI encoding
        route.process(this::bindQuery)
                .to("sql:connector-query?dataSource=#" + dataSourceBean + "&outputType=StreamList&usePlaceholder=false")
                .split(Builder.body()).streaming().stopOnException()
                    .process(this::handleRow)
                .end();
    }

    private void bindQuery(Exchange exchange) {
        RunState run = RunState.of(exchange);
        Optional<String> watermark = run.previousWatermark().or(() -> Optional.ofNullable(blankToNull(jdbc.initialWatermark())));
        if (watermark.isEmpty() && jdbc.query().contains(":#" + WATERMARK_PARAMETER)) {
            throw new SourceException("the query uses :#" + WATERMARK_PARAMETER
                    + " but there is no saved watermark and no initialWatermark");
        }
        exchange.getIn().removeHeaders("*");
        exchange.getIn().setBody(null);
        exchange.getIn().setHeader(SqlConstants.SQL_QUERY, NAMED_PARAMETER.matcher(jdbc.query()).replaceAll(":?$1"));
        exchange.getIn().setHeader(WATERMARK_PARAMETER, watermark.map(WatermarkValues::bindable).orElse(null));
    }

    @SuppressWarnings("unchecked")
    private void handleRow(Exchange exchange) {
        RunState run = RunState.of(exchange);
        Map<String, Object> row = exchange.getIn().getBody(Map.class);
        int index = exchange.getProperty(Exchange.SPLIT_INDEX, 0, Integer.class);
        String column = jdbc.watermarkColumn();
        if (column != null && !column.isBlank()) {
            if (index == 0 && !JdbcRows.hasColumn(row, column)) {
                throw new SourceException("watermarkColumn '" + column + "' is not a column of the query's result");
            }
            run.watermark().offer(JdbcRows.value(row, column));
        }
        handler.handle(NativeRecord.parsed("row " + (index + 1), JdbcRows.toJson(row)), run);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
