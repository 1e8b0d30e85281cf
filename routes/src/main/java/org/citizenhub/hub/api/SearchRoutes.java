package org.citizenhub.hub.api;

import org.apache.camel.builder.RouteBuilder;
import org.citizenhub.hub.casework.CitizenSearch;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/citizens?name=&dob=&postcode=&nationalId=&phone=&email=&page=&size=}: citizens ranked by
 * how well their best record matches the search (a typo or a nickname still finds the person), paginated.
 */
@Component
class SearchRoutes extends RouteBuilder {

    private final CitizenSearch search;

    SearchRoutes(CitizenSearch search) {
        this.search = search;
    }

    @Override
    public void configure() {
        rest("/v1/citizens").description("Search for citizens")
                .get().id("rest-citizen-search").produces("application/json").to("direct:api-citizen-search");

        from("direct:api-citizen-search").routeId("api-citizen-search").routeConfigurationId(ApiErrorHandling.ID)
                .process(exchange -> Reply.ok(exchange, search.search(SearchParams.read(exchange))));
    }
}
