package org.citizenhub.connectors.source;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record as read from a source, before mapping: either a JSON tree ({@code value}) or, when the source
 * text could not even be parsed, the reason and the raw text. {@code position} says where it was read
 * ("line 12", "row 3", "page 2 item 5") so that a dead letter can point at it.
 */
record NativeRecord(String position, JsonNode value, String unreadableReason, String rawText) {

    static NativeRecord parsed(String position, JsonNode value) {
        return new NativeRecord(position, value, null, null);
    }

    static NativeRecord unreadable(String position, String reason, String rawText) {
        return new NativeRecord(position, null, reason, rawText);
    }

    boolean readable() {
        return unreadableReason == null;
    }
}
