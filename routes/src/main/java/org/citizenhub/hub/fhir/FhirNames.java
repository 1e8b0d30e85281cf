package org.citizenhub.hub.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/** The Patient's {@code name} list: the preferred name first, then the other spellings, then the other names. */
final class FhirNames {

    private FhirNames() {
    }

    static ArrayNode names(ObjectMapper mapper, JsonNode fields) {
        ArrayNode names = mapper.createArrayNode();
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode value : fields.path("name").path("values")) {
            add(mapper, names, seen, value.path("value"));
        }
        for (JsonNode value : fields.path("otherNames").path("values")) {
            add(mapper, names, seen, value.path("value"));
        }
        return names;
    }

    private static void add(ObjectMapper mapper, ArrayNode names, Set<JsonNode> seen, JsonNode name) {
        ObjectNode human = mapper.createObjectNode();
        human.put("use", use(name.path("use").asText("")));
        putText(human, "family", name.path("family").asText(""));
        ArrayNode given = mapper.createArrayNode();
        addText(given, name.path("given").asText(""));
        name.path("middle").forEach(m -> addText(given, m.asText("")));
        if (!given.isEmpty()) {
            human.set("given", given);
        }
        addList(mapper, human, "prefix", name.path("title").asText(""));
        addList(mapper, human, "suffix", name.path("suffix").asText(""));
        if (human.size() > 1 && seen.add(human)) {
            names.add(human);
        }
    }

    /** FHIR name-use codes: usual | official | temp | nickname | anonymous | old | maiden. */
    private static String use(String use) {
        return switch (use) {
            case "PREFERRED" -> "usual";
            case "PREVIOUS" -> "old";
            case "MAIDEN" -> "maiden";
            case "ALIAS" -> "nickname";
            default -> "official";
        };
    }

    private static void putText(ObjectNode node, String field, String text) {
        if (!text.isBlank()) {
            node.put(field, text.trim());
        }
    }

    private static void addText(ArrayNode array, String text) {
        if (!text.isBlank()) {
            array.add(text.trim());
        }
    }

    private static void addList(ObjectMapper mapper, ObjectNode node, String field, String text) {
        if (!text.isBlank()) {
            node.set(field, mapper.createArrayNode().add(text.trim()));
        }
    }
}
