package org.citizenhub.hub.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.citizenhub.hub.security.Caller;

/**
 * The JSON body of a caseworker decision, and who decides (the signed-in caller), read and checked: bytes that are
 * not UTF-8, malformed JSON, a field written twice, nesting deeper than {@value #MAX_DEPTH}, a missing or oversized
 * field, or control characters end the request with a 400 problem naming the field.
 */
final class DecisionBody {

    static final int MAX_BODY = 16_384;
    static final int MAX_REASON = 1000;
    /** A decision body is flat; this only keeps a deeply nested one from costing the parser. */
    static final int MAX_DEPTH = 20;

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    }
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]+");
    /** Control characters other than tab and line breaks, which a reason may hold. */
    private static final Pattern CONTROL_IN_REASON = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");
    /** Any control character: ids and other one-line fields hold none. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final JsonNode body;

    private DecisionBody(JsonNode body) {
        this.body = body;
    }

    static DecisionBody read(Exchange exchange) {
        String text = utf8(exchange.getMessage().getBody(byte[].class));
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
        } catch (StreamConstraintsException e) {
            throw ApiProblem.badRequest("the request body is nested deeper than " + MAX_DEPTH + " levels");
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the body: say only what kind of problem it is
            boolean twice = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
            throw ApiProblem.badRequest(twice ? "the request body has a field written twice"
                    : "the request body is not valid JSON");
        }
    }

    /** The body as text; JSON is UTF-8 (RFC 8259), and bytes that are not are refused rather than replaced. */
    private static String utf8(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiProblem.badRequest("the request body is not UTF-8 text");
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
        String reason = value("reason", MAX_REASON);
        if (CONTROL_IN_REASON.matcher(reason).find()) {
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

    /** A required one-line free-text field: no control characters, line breaks included. */
    String text(String field, int maxLength) {
        String text = value(field, maxLength);
        if (CONTROL.matcher(text).find()) {
            throw ApiProblem.badRequest("field '" + field + "' holds control characters");
        }
        return text;
    }

    /** A required string field, trimmed, of at most {@code maxLength} characters. */
    private String value(String field, int maxLength) {
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
        return text;
    }
}
