package org.citizenhub.hub.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.citizenhub.hub.security.Caller;

/**
 * The JSON body of a caseworker decision, and who decides (the signed-in caller), read and checked: malformed JSON,
 * a missing or oversized field, or control characters end the request with a 400 problem naming the field.
 */
final class DecisionBody {

    static final int MAX_BODY = 16_384;
    static final int MAX_REASON = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]+");
    /** Control characters other than tab and line breaks, which a reason may hold. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

    private final JsonNode body;

    private DecisionBody(JsonNode body) {
        this.body = body;
    }

    static DecisionBody read(Exchange exchange) {
        String text = exchange.getMessage().getBody(String.class);
        if (text == null || text.isBlank()) {
            throw ApiProblem.badRequest("the request needs a JSON body with a 'reason'");
        }
        if (text.length() > MAX_BODY) {
            throw ApiProblem.badRequest("the request body is longer than " + MAX_BODY + " characters");
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw ApiProblem.badRequest("the request body must be a JSON object");
            }
            return new DecisionBody(node);
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("the request body is not valid JSON");
        }
    }

    /** Who decides: the signed-in caller (the security layer lets only caseworkers reach decisions). */
    static String actor(Exchange exchange) {
        Caller caller = Caller.current();
        if (caller == Caller.ANONYMOUS) {
            throw new ApiProblem(403, "Forbidden", "only a signed-in caseworker can make a decision");
        }
        return caller.name();
    }

    /** Why: required, at most {@value #MAX_REASON} characters. */
    String reason() {
        String reason = text("reason", MAX_REASON);
        if (CONTROL.matcher(reason).find()) {
            throw ApiProblem.badRequest("field 'reason' holds control characters");
        }
        return reason;
    }

    /** A required id-like field: letters, digits, dot, dash, underscore. */
    String token(String field, int maxLength) {
        String value = text(field, maxLength);
        if (!TOKEN.matcher(value).matches()) {
            throw ApiProblem.badRequest("field '" + field + "' may only hold letters, digits, '.', '-' and '_'");
        }
        return value;
    }

    /** A required free-text field without control characters. */
    String text(String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            throw ApiProblem.badRequest("field '" + field + "' is required");
        }
        if (!value.isTextual()) {
            throw ApiProblem.badRequest("field '" + field + "' must be a string");
        }
        String text = value.asText().trim();
        if (text.length() > maxLength) {
            throw ApiProblem.badRequest("field '" + field + "' is longer than " + maxLength + " characters");
        }
        if (CONTROL.matcher(text).find()) {
            throw ApiProblem.badRequest("field '" + field + "' holds control characters");
        }
        return text;
    }
}
