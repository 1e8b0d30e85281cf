package org.citizenhub.hub.api;

import org.apache.camel.Exchange;

/**
 * Sets a response body after dropping the request's headers: Camel's servlet would otherwise echo path and
 * query parameters (ids, filters) back as response headers.
 */
final class Reply {

    private Reply() {
    }

    static void ok(Exchange exchange, Object body) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(body);
    }
}
