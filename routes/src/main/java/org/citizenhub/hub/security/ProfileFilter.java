package org.citizenhub.hub.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Data minimisation for partners: a copy of a profile document with only the fields their scopes name. The
 * document's own ids and dates stay; {@code fields} and {@code conflicts} keep the allowed fields only; the
 * linked records keep source, record id and state, and only with the identity scope (their canonical fields
 * are personal data of every kind). JSON and FHIR are both written from the filtered document.
 */
public final class ProfileFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> RECORD_KEYS = List.of("source", "recordId", "state");

    private ProfileFilter() {
    }

    public static byte[] forScopes(byte[] profile, Set<ProfileScope> scopes) {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(profile);
            Set<String> allowed = new HashSet<>();
            scopes.forEach(scope -> allowed.addAll(scope.fields()));
            JsonNode fields = doc.path("fields");
            if (fields instanceof ObjectNode object) {
                object.retain(allowed);
            }
            ArrayNode conflicts = JSON.createArrayNode();
            doc.path("conflicts").forEach(c -> {
                if (allowed.contains(c.path("field").asText())) {
                    conflicts.add(c);
                }
            });
            doc.set("conflicts", conflicts);
            doc.put("hasConflicts", !conflicts.isEmpty());
            ArrayNode records = JSON.createArrayNode();
            if (scopes.contains(ProfileScope.IDENTITY)) {
                doc.path("records").forEach(r -> {
                    ObjectNode kept = records.addObject();
                    RECORD_KEYS.forEach(key -> {
                        if (r.has(key)) {
                            kept.set(key, r.get(key));
                        }
                    });
                });
            }
            doc.set("records", records);
            return JSON.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored profile is always JSON", e);
        }
    }
}
