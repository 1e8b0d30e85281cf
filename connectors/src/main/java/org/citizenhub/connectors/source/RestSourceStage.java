package org.citizenhub.connectors.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.model.RouteDefinition;
import org.citizenhub.connectors.config.RestSource;
import org.citizenhub.connectors.mapping.JsonPath;

/**
 * Pulls an HTTP API page by page with Camel's http component in a {@code loopDoWhile}: static headers (auth)
 * from the connector, the paging parameters, and {@code updatedSinceParam} with the saved watermark. A 5xx or
 * a connection error is retried {@code maxRetries} times with a doubling backoff; then the run fails, keeping
 * what earlier pages delivered, and the watermark stays where it was.
 */
final class RestSourceStage implements SourceStage {

    /**
     * Only options camel-http knows: it sends any other URI option on to the API as a query parameter.
     * disableStreamCache hands the page reader the response stream itself; otherwise camel-http copies the
     * whole body into memory first, however long it is.
     */
    private static final String HTTP_OPTIONS = "throwExceptionOnFailure=true&followRedirects=true&disableStreamCache=true"
            + "&httpClientConfigurer=#" + RestHttpClientSettings.BEAN_NAME;

    private final RestSource rest;
    private final RestPageReader pageReader;
    private final Duration retryBackoff;
    private final String endpointUri;
    private final String baseQuery;

    RestSourceStage(RestSource rest, RecordHandler handler, ObjectMapper json, Duration retryBackoff) {
        this.rest = rest;
        this.retryBackoff = retryBackoff;
        JsonPath watermarkPath = present(rest.watermarkPath()) ? JsonPath.columnOrPath(rest.watermarkPath()) : null;
        this.pageReader = new RestPageReader(handler, json, JsonPath.columnOrPath(present(rest.itemsPath()) ? rest.itemsPath() : "$"),
                watermarkPath, rest.maxPageBytes());
        URI url = URI.create(rest.url().strip());
        String raw = url.getRawQuery();
        this.baseQuery = raw == null ? "" : raw;
        String withoutQuery = rest.url().strip();
        int cut = withoutQuery.indexOf('?');
        this.endpointUri = (cut < 0 ? withoutQuery : withoutQuery.substring(0, cut)) + "?" + HTTP_OPTIONS;
    }

    @Override
    public void configureErrorHandling(RouteDefinition route) {
        int retries = Math.max(0, rest.maxRetries());
        long delay = Math.max(1, retryBackoff.toMillis());
        route.onException(HttpOperationFailedException.class)
                    .onWhen(exchange -> serverError(exchange.getException(HttpOperationFailedException.class))
                            || serverError(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, HttpOperationFailedException.class)))
                    .maximumRedeliveries(retries).redeliveryDelay(delay).useExponentialBackOff().backOffMultiplier(2)
                    .logRetryAttempted(false).logExhausted(false)
                .end()
                .onException(IOException.class)
                    .maximumRedeliveries(retries).redeliveryDelay(delay).useExponentialBackOff().backOffMultiplier(2)
                    .logRetryAttempted(false).logExhausted(false)
                .end();
    }

    @Override
    public void read(RouteDefinition route) {
        // stream caching would copy each response body whole into memory before the page reader sees it
        route.streamCache("false");
        route.process(exchange -> exchange.setProperty(RestPaging.PROPERTY, new RestPaging(rest.paging())))
                .loopDoWhile(exchange -> RestPaging.of(exchange).hasMore())
                    .process(this::prepareRequest)
                    .to(endpointUri)
                    .process(pageReader)
                .end();
    }

    /** A clean GET: no header from the previous response, the connector's own headers, the query for this page. */
    private void prepareRequest(Exchange exchange) {
        RunState run = RunState.of(exchange);
        RestPaging paging = RestPaging.of(exchange);
        paging.requested();
        var message = exchange.getIn();
        message.removeHeaders("*");
        message.setBody(null);
        message.setHeader("Accept", "application/json");
        rest.headers().forEach(message::setHeader);
        message.setHeader(Exchange.HTTP_METHOD, "GET");
        List<Map.Entry<String, String>> params = new ArrayList<>(paging.parameters());
        if (present(rest.updatedSinceParam())) {
            run.previousWatermark().ifPresent(since -> params.add(Map.entry(rest.updatedSinceParam(), since)));
        }
        String query = query(params);
        if (!query.isEmpty()) {
            message.setHeader(Exchange.HTTP_QUERY, query);
        }
    }

    private String query(List<Map.Entry<String, String>> params) {
        StringBuilder query = new StringBuilder(baseQuery);
        for (Map.Entry<String, String> param : params) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(encode(param.getKey())).append('=').append(encode(param.getValue()));
        }
        return query.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean serverError(HttpOperationFailedException e) {
        return e != null && e.getStatusCode() >= 500;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
