package org.citizenhub.hub.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.citizenhub.hub.casework.CaseworkException;

/**
 * Casework answers: a service's {@link CaseworkException} becomes a 404 or 409 problem; decisions (whose
 * routes read their JSON body themselves, without REST binding) are written as JSON text here.
 */
final class CaseworkReply {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseworkReply() {
    }

    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (CaseworkException e) {
            throw switch (e.kind()) {
                case NOT_FOUND -> ApiProblem.notFound(e.getMessage());
                case CONFLICT -> ApiProblem.conflict(e.getMessage());
            };
        }
    }

    /** A JSON answer for a route without REST binding. */
    static void json(Exchange exchange, Object body) throws JsonProcessingException {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(JSON.writeValueAsString(body));
    }
}
