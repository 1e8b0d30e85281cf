package org.citizenhub.connectors.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;

/**
 * NDJSON: one JSON object a line, read line by line. Blank lines are skipped; a line that is not valid
 * JSON, has a key twice in one object, is JSON but not an object, is longer than {@link TextChecks#MAX_LINE_CHARS} or holds what the file's
 * encoding could not decode comes back unreadable with its line number and text (a long line cut).
 */
final class NdjsonRecordReader extends NativeRecordIterator {

    private final Reader reader;
    private final ObjectMapper json;
    private final char[] buffer = new char[8192];
    private int bufferLength;
    private int bufferPos;
    private int lineNumber;
    private boolean lineTooLong;

    NdjsonRecordReader(Reader reader, ObjectMapper json) {
        this.reader = reader;
        this.json = json;
    }

    @Override
    protected NativeRecord readNext() throws IOException {
        String line;
        do {
            line = readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
        } while (line.isBlank() && !lineTooLong);
        String position = "line " + lineNumber;
        if (lineTooLong) {
            return NativeRecord.unreadable(position, TextChecks.TOO_LONG, line);
        }
        String badText = TextChecks.problem(line);
        if (badText != null) {
            return NativeRecord.unreadable(position, badText, line);
        }
        JsonNode value;
        try {
            value = json.readTree(line);
        } catch (StreamConstraintsException e) {
            return NativeRecord.unreadable(position, JsonLimits.describe(e), line);
        } catch (JacksonException e) {
            // Jackson's message quotes the text around the error: keep it out of the reason
            return NativeRecord.unreadable(position, DuplicateKeys.describe(e).orElse("not valid JSON"), line);
        }
        if (!value.isObject()) {
            return NativeRecord.unreadable(position, "not a JSON object", line);
        }
        return NativeRecord.parsed(position, value);
    }

    /**
     * The next line without its line break (LF, CRLF or CR), or null at the end. At most
     * {@link TextChecks#MAX_LINE_CHARS} characters are kept; the rest of a longer line is read past and
     * {@link #lineTooLong} set.
     */
    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        lineTooLong = false;
        int c = read();
        if (c == -1) {
            return null;
        }
        while (c != -1 && c != '\n' && c != '\r') {
            if (line.length() < TextChecks.MAX_LINE_CHARS) {
                line.append((char) c);
            } else {
                lineTooLong = true;
            }
            c = read();
        }
        if (c == '\r') {
            int next = read();
            if (next != '\n' && next != -1) {
                bufferPos--; // a lone CR ends the line; what follows belongs to the next one
            }
        }
        return line.toString();
    }

    private int read() throws IOException {
        if (bufferPos == bufferLength) {
            bufferLength = reader.read(buffer, 0, buffer.length);
            bufferPos = 0;
            if (bufferLength <= 0) {
                bufferLength = 0;
                return -1;
            }
        }
        return buffer[bufferPos++];
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
