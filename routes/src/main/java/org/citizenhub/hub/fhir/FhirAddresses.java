package org.citizenhub.hub.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Patient's {@code address} list: current addresses as {@code home}, past ones as {@code old}, with their dates. */
final class FhirAddresses {

    private FhirAddresses() {
    }

    static ArrayNode addresses(ObjectMapper mapper, JsonNode field) {
        ArrayNode addresses = mapper.createArrayNode();
        for (JsonNode value : field.path("values")) {
            JsonNode address = value.path("value");
            ObjectNode fhir = mapper.createObjectNode();
            fhir.put("use", "PAST".equals(address.path("use").asText()) ? "old" : "home");
            ArrayNode lines = mapper.createArrayNode();
            address.path("lines").forEach(line -> {
                if (!line.asText("").isBlank()) {
                    lines.add(line.asText().trim());
                }
            });
            if (!lines.isEmpty()) {
                fhir.set("line", lines);
            }
            putText(fhir, "city", address.path("town").asText(""));
            putText(fhir, "postalCode", address.path("postcode").asText(""));
            if (fhir.size() == 1) {
                continue; // only a use: nothing to say
            }
            period(fhir, address.path("from").asText(""), address.path("to").asText(""));
            addresses.add(fhir);
        }
        return addresses;
    }

    /** FHIR requires a period's start not to be after its end (invariant per-1); a reversed period is left out. */
    private static void period(ObjectNode fhir, String from, String to) {
        if (from.isBlank() && to.isBlank()) {
            return;
        }
        if (!from.isBlank() && !to.isBlank() && from.compareTo(to) > 0) {
            return;
        }
        ObjectNode period = fhir.putObject("period");
        putText(period, "start", from);
        putText(period, "end", to);
    }

    private static void putText(ObjectNode node, String field, String text) {
        if (!text.isBlank()) {
            node.put(field, text.trim());
        }
    }
}
