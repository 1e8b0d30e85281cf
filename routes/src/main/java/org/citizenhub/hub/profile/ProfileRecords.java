package org.citizenhub.hub.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.citizenhub.core.record.RecordKey;

/** Reads which source records a profile document lists (its {@code records} array, see {@link ProfileDocument}). */
final class ProfileRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProfileRecords() {
    }

    /** True when the document lists this record among the citizen's linked records. */
    static boolean lists(byte[] profileJson, RecordKey record) {
        JsonNode records;
        try {
            records = JSON.readTree(profileJson).path("records");
        } catch (IOException e) {
            return false;
        }
        for (JsonNode linked : records) {
            if (record.sourceId().equals(linked.path("source").asText())
                    && record.recordId().equals(linked.path("recordId").asText())) {
                return true;
            }
        }
        return false;
    }
}
