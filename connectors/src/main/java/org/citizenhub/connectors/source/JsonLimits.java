package org.citizenhub.connectors.source;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Says which of Jackson's read limits a JSON text broke, in words for a dead-letter reason: nesting deeper than
 * {@value StreamReadConstraints#DEFAULT_MAX_DEPTH} levels, or a string, number or field name longer than allowed.
 */
final class JsonLimits {

    private JsonLimits() {
    }

    static String describe(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return "JSON nested deeper than " + StreamReadConstraints.DEFAULT_MAX_DEPTH + " levels";
        }
        if (message.contains("String value length")) {
            return "a JSON string longer than " + StreamReadConstraints.DEFAULT_MAX_STRING_LEN + " characters";
        }
        if (message.contains("Number value length")) {
            return "a JSON number longer than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits";
        }
        if (message.contains("Name length")) {
            return "a JSON field name longer than " + StreamReadConstraints.DEFAULT_MAX_NAME_LEN + " characters";
        }
        return "JSON over the reader's size limits";
    }
}
