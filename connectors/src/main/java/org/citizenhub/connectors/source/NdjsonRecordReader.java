package org.citizenhub.connectors.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * NDJSON: one JSON object a line, read line by line. Blank lines are skipped; a line that is not valid
 * JSON, or is JSON but not an object, comes back unreadable with its line number and text.
 */
final class NdjsonRecordReader extends NativeRecordIterator {

    private final BufferedReader reader;
    private final ObjectMapper json;
    private int lineNumber;

    NdjsonRecordReader(BufferedReader reader, ObjectMapper json) {
        this.reader = reader;
        this.json = json;
    }

    @Override
    protected NativeRecord readNext() throws IOException {
        String line;
        do {
            line = reader.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
        } while (line.isBlank());
        String position = "line " + lineNumber;
        JsonNode value;
        try {
            value = json.readTree(line);
        } catch (JacksonException e) {
            // Jackson's message quotes the text around the error: keep it out of the reason
            return NativeRecord.unreadable(position, "not valid JSON", line);
        }
        if (!value.isObject()) {
            return NativeRecord.unreadable(position, "not a JSON object", line);
        }
        return NativeRecord.parsed(position, value);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
