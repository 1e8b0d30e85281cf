package org.citizenhub.hub.api;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestParamType;
import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.casework.CitizenSearch;
import org.citizenhub.hub.security.AccessAudit;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/citizens?name=&dob=&postcode=&nationalId=&phone=&email=&page=&size=}: citizens ranked by
 * how well their best record matches the search (a typo or a nickname still finds the person), paginated.
 */
@Component
class SearchRoutes extends RouteBuilder {

    private final CitizenSearch search;
    private final AccessAudit audit;

    SearchRoutes(CitizenSearch search, AccessAudit audit) {
        this.search = search;
        this.audit = audit;
    }

    @Override
    public void configure() {
        rest("/v1/citizens").description("Search for citizens")
                .get().id("rest-citizen-search")
                .description("Citizens ranked by how well their best record matches the search: any one parameter is "
                        + "enough; a typo or a nickname still finds the person. 400 (problem+json) for a bad parameter.")
                .produces("application/json")
                .param().name("name").type(RestParamType.query).required(false).description("\"Given Family\" or \"Family, Given\"").endParam()
                .param().name("dob").type(RestParamType.query).required(false).description("yyyy-mm-dd, dd/mm/yyyy, yyyy-mm or yyyy").endParam()
                .param().name("postcode").type(RestParamType.query).required(false).endParam()
                .param().name("nationalId").type(RestParamType.query).required(false).endParam()
                .param().name("phone").type(RestParamType.query).required(false).endParam()
                .param().name("email").type(RestParamType.query).required(false).endParam()
                .param().name("page").type(RestParamType.query).required(false).description("From 1").endParam()
                .param().name("size").type(RestParamType.query).required(false).description("1 to 100, default 20").endParam()
                .to("direct:api-citizen-search");

        from("direct:api-citizen-search").routeId("api-citizen-search").routeConfigurationId(ApiErrorHandling.ID)
                // audited without the criteria: they are personal data
                .process(Audited.of(audit, AuditAction.SEARCH, exchange -> Reply.ok(exchange, search.search(SearchParams.read(exchange)))));
    }
}
