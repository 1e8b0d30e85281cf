package org.citizenhub.hub.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Error handling shared by every API route ({@code routeConfigurationId("api-errors")}): an {@link ApiProblem}
 * becomes its problem response; anything else a 500 problem that says nothing about the data, and a log
 * line with the route and the exception type only.
 * <p>
 * The routes the REST DSL makes ({@code rest-*}) cannot name a route configuration, and their JSON binding
 * fails before an API route runs when a request body is not JSON. A default configuration (no id: it applies
 * to routes that name none) answers those, for exchanges that came in over HTTP only, so connector and timer
 * routes keep their own error handling: a body that is not JSON is a 400 problem, anything else as above.
 */
@Component
class ApiErrorHandling extends RouteConfigurationBuilder {

    static final String ID = "api-errors";
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandling.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(ApiProblem.class).handled(true)
                .process(exchange -> respond(exchange, exchange.getProperty(Exchange.EXCEPTION_CAUGHT, ApiProblem.class).toProblem()))
                .end()
                .onException(Exception.class).handled(true)
                .process(exchange -> {
                    Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                    LOG.error("API route {} failed: {}", exchange.getFromRouteId(), failure.getClass().getName());
                    LOG.debug("API failure", failure);
                    respond(exchange, Problem.of(500, "Internal Server Error", "The hub could not answer; see its log."));
                })
                .end();

        routeConfiguration()
                .onException(JsonProcessingException.class).onWhen(ApiErrorHandling::cameOverHttp).handled(true)
                .process(exchange -> respond(exchange, Problem.of(400, "Bad Request", "the request body is not valid JSON")))
                .end()
                .onException(ApiProblem.class).onWhen(ApiErrorHandling::cameOverHttp).handled(true)
                .process(exchange -> respond(exchange, exchange.getProperty(Exchange.EXCEPTION_CAUGHT, ApiProblem.class).toProblem()))
                .end()
                .onException(Exception.class).onWhen(ApiErrorHandling::cameOverHttp).handled(true)
                .process(exchange -> {
                    Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                    LOG.error("API route {} failed: {}", exchange.getFromRouteId(), failure.getClass().getName());
                    respond(exchange, Problem.of(500, "Internal Server Error", "The hub could not answer; see its log."));
                })
                .end();
    }

    /** Whether the exchange started at the Camel servlet (a REST request), not at a timer or a direct call. */
    private static boolean cameOverHttp(Exchange exchange) {
        return exchange.getFromEndpoint() != null && exchange.getFromEndpoint().getEndpointUri().startsWith("servlet:");
    }

    /**
     * Writes the problem as JSON text here: REST binding skips responses with an error status (so the body
     * goes out as it is) and would otherwise replace the problem media type with plain JSON.
     */
    static void respond(Exchange exchange, Problem problem) throws JsonProcessingException {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, problem.status());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, Problem.MEDIA_TYPE);
        exchange.getMessage().setBody(JSON.writeValueAsString(problem));
    }
}
