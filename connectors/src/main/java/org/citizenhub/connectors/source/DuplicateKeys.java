package org.citizenhub.connectors.source;

import com.fasterxml.jackson.core.JacksonException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says which key a JSON object gave twice, for a dead-letter reason, when Jackson's strict duplicate detection
 * refused a text: otherwise the last value would silently win. Only the key is shown (cut, control characters
 * replaced), never a value.
 */
final class DuplicateKeys {

    static final int MAX_KEY_CHARS = 100;
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private DuplicateKeys() {
    }

    static Optional<String> describe(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(message);
        if (!duplicate.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of("key '" + shown(duplicate.group(1)) + "' appears twice in one object");
    }

    private static String shown(String key) {
        String cut = key.length() > MAX_KEY_CHARS ? key.substring(0, MAX_KEY_CHARS) + "..." : key;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
