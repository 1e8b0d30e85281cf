package org.citizenhub.hub.api;

import org.apache.camel.builder.RouteBuilder;
import org.citizenhub.hub.security.Caller;
import org.springframework.stereotype.Component;

/** {@code GET /api/v1/me}: the signed-in caller's name and role, for the pages' header and decision forms. */
@Component
class MeRoutes extends RouteBuilder {

    /** Who is signed in. */
    record Me(String name, String role) {
    }

    @Override
    public void configure() {
        rest("/v1/me").description("The signed-in caller")
                .get().id("rest-me").produces("application/json").to("direct:api-me");

        from("direct:api-me").routeId("api-me").routeConfigurationId(ApiErrorHandling.ID)
                .process(exchange -> {
                    Caller caller = Caller.current();
                    Reply.ok(exchange, new Me(caller.name(), caller.role()));
                });
    }
}
