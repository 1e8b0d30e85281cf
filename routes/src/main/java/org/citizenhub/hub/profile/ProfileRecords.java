package org.citizenhub.hub.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.citizenhub.core.record.RecordKey;

/**
 * Reads which source records a profile document lists (its {@code records} array, see {@link ProfileDocument}).
 * Every read by record id asks, so the document is scanned token by token rather than built as a tree.
 */
final class ProfileRecords {

    private static final JsonFactory JSON = new JsonFactory();

    private ProfileRecords() {
    }

    /** True when the document lists this record among the citizen's linked records. */
    static boolean lists(byte[] profileJson, RecordKey record) {
        try (JsonParser in = JSON.createParser(profileJson)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                in.nextToken();
                if (name.equals("records") && in.currentToken() == JsonToken.START_ARRAY) {
                    return listsIn(in, record);
                }
                in.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether an object of the array the parser is at names this record's source and record id. */
    private static boolean listsIn(JsonParser in, RecordKey record) throws IOException {
        while (in.nextToken() != JsonToken.END_ARRAY) {
            if (in.currentToken() != JsonToken.START_OBJECT) {
                in.skipChildren();
                continue;
            }
            String source = null;
            String recordId = null;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String member = in.currentName();
                in.nextToken();
                switch (member) {
                    case "source" -> source = text(in);
                    case "recordId" -> recordId = text(in);
                    default -> in.skipChildren();
                }
            }
            if (record.sourceId().equals(source) && record.recordId().equals(recordId)) {
                return true;
            }
        }
        return false;
    }

    /** A scalar's text; a nested object or array is skipped and names nothing. */
    private static String text(JsonParser in) throws IOException {
        if (in.currentToken().isStructStart()) {
            in.skipChildren();
            return null;
        }
        return in.getValueAsString();
    }
}
