package org.citizenhub.hub.api;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.apache.camel.model.rest.RestParamType;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.audit.AuditAction;
import org.citizenhub.hub.fhir.FhirMediaType;
import org.citizenhub.hub.security.AccessAudit;
import org.citizenhub.hub.security.Caller;
import org.citizenhub.hub.security.ProfileFilter;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/citizens/{id}} and {@code GET /api/v1/citizens/by-record/{source}/{recordId}}: the golden
 * record with provenance, conflicts and linked records, as JSON or, with {@code Accept: application/fhir+json},
 * as a FHIR R4 Patient. Binding is off: the profile is stored as JSON and goes out as it is, except to a
 * partner, who gets only the fields of its scopes ({@link ProfileFilter}). Every read is audited.
 */
@Component
class CitizenRoutes extends RouteBuilder {

    static final String JSON = "application/json";

    private final CitizenViews views;
    private final AccessAudit audit;

    CitizenRoutes(CitizenViews views, AccessAudit audit) {
        this.views = views;
        this.audit = audit;
    }

    @Override
    public void configure() {
        rest("/v1/citizens").description("Citizens: the merged profile with the provenance of every value")
                .get("/{id}").id("rest-citizen-by-id")
                .description("The golden record of a citizen: per field the preferred value and every value with its "
                        + "source, record id and date, conflicts flagged, and the linked source records. A merged id "
                        + "answers with the survivor (requestedId, mergedInto). Accept: application/fhir+json gives a FHIR R4 Patient.")
                .bindingMode(RestBindingMode.off)
                .produces(JSON + "," + FhirMediaType.FHIR_JSON)
                .param().name("id").type(RestParamType.path).description("Citizen id (a merged id still answers)").endParam()
                .responseMessage().code(200).message("The citizen's profile").endResponseMessage()
                .responseMessage().code(404).message("No citizen has this id (problem+json)").endResponseMessage()
                .to("direct:api-citizen-by-id")

                .get("/by-record/{source}/{recordId}").id("rest-citizen-by-record")
                .description("The profile of the citizen a partner's own record is linked to.")
                .bindingMode(RestBindingMode.off)
                .produces(JSON + "," + FhirMediaType.FHIR_JSON)
                .param().name("source").type(RestParamType.path).description("Connector id of the source").endParam()
                .param().name("recordId").type(RestParamType.path).description("The record id the source gave").endParam()
                .responseMessage().code(200).message("The citizen's profile").endResponseMessage()
                .responseMessage().code(404).message("The record is unknown or not linked (problem+json)").endResponseMessage()
                .to("direct:api-citizen-by-record");

        from("direct:api-citizen-by-id").routeId("api-citizen-by-id").routeConfigurationId(ApiErrorHandling.ID)
                .process(Audited.of(audit, AuditAction.PROFILE_READ, exchange -> {
                    String id = Params.token(exchange, "id", 64);
                    exchange.setProperty(Audited.CITIZEN, id);
                    respond(exchange, views.byId(id)
                            .orElseThrow(() -> ApiProblem.notFound("no citizen has the id '" + id + "'")));
                }));

        from("direct:api-citizen-by-record").routeId("api-citizen-by-record").routeConfigurationId(ApiErrorHandling.ID)
                .process(Audited.of(audit, AuditAction.PROFILE_READ, exchange -> {
                    RecordKey key = new RecordKey(Params.token(exchange, "source", 100), Params.text(exchange, "recordId", 200));
                    exchange.setProperty(Audited.DETAIL, "record " + key.sourceId() + "/" + key.recordId());
                    respond(exchange, views.byRecord(key)
                            .orElseThrow(() -> ApiProblem.notFound("no record '" + key.recordId() + "' from source '"
                                    + key.sourceId() + "' is linked to a citizen")));
                }));
    }

    private void respond(Exchange exchange, CitizenView found) throws Exception {
        exchange.setProperty(Audited.CITIZEN, found.id());
        CitizenView view = Caller.current().partner()
                .map(partner -> new CitizenView(found.id(), found.requestedId(), found.mergedInto(),
                        ProfileFilter.forScopes(found.profile(), partner.scopes())))
                .orElse(found);
        boolean fhir = FhirMediaType.preferred(exchange.getMessage().getHeader("Accept", String.class));
        byte[] body = fhir ? views.fhir(view) : views.json(view);
        Reply.ok(exchange, body);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, fhir ? FhirMediaType.FHIR_JSON : JSON);
        exchange.getMessage().setHeader("Vary", "Accept");
    }
}
