package org.citizenhub.hub.casework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.citizenhub.core.match.FieldComparison;

/** The per-field comparisons of a match as stored JSON: field, level, weight and sentence, nothing else. */
final class FieldsJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<FieldComparison>> TYPE = new TypeReference<>() {
    };

    private FieldsJson() {
    }

    static String write(List<FieldComparison> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("field comparisons always serialise", e);
        }
    }

    static List<FieldComparison> read(String json) {
        try {
            return JSON.readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored field comparisons are not readable", e);
        }
    }
}
