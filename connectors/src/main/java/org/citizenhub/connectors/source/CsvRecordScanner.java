package org.citizenhub.connectors.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Cuts a CSV text into logical records without parsing their fields: a line break inside a quoted field
 * belongs to the record, one outside ends it (LF, CRLF or CR). Keeps each record's exact text and its
 * first line number, so a bad row can be dead-lettered as written. A quote that never closes would swallow
 * the rest of the file: past {@link #MAX_RECORD_CHARS} (or at the end of the file) only the record's first
 * line is given back as unterminated, and scanning starts again on the next line. A line longer than
 * {@link #MAX_RECORD_CHARS} is given back cut to that length and marked too long; the rest of it is skipped
 * unread into memory, so a 10 MB line costs no more than a short one.
 */
final class CsvRecordScanner implements Closeable {

    static final int MAX_RECORD_CHARS = 100_000;

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final Reader reader;
    private final char delimiter;
    private final char quote;
    private final char[] buffer = new char[8192];
    private int bufferLength;
    private int bufferPos;
    private String pushback = "";
    private int pushbackPos;
    private boolean atStart = true;
    private int nextLine = 1;

    CsvRecordScanner(Reader reader, char delimiter, char quote) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.quote = quote;
    }

    /**
     * A logical record: its text without the final line break, the line it starts on, whether it ended, and
     * whether it was longer than {@link #MAX_RECORD_CHARS} (then the text is cut to that length).
     */
    record Chunk(String text, int line, boolean terminated, boolean tooLong) {

        Chunk(String text, int line, boolean terminated) {
            this(text, line, terminated, false);
        }
    }

    /** The next record, or null at the end of the input. */
    Chunk next() throws IOException {
        StringBuilder text = new StringBuilder();
        int startLine = nextLine;
        State state = State.FIELD_START;
        int c;
        while ((c = read()) != -1) {
            if (c == '\r' || c == '\n') {
                String lineBreak = c == '\r' && followedByLineFeed() ? "\r\n" : String.valueOf((char) c);
                nextLine++;
                if (state != State.QUOTED) {
                    return new Chunk(text.toString(), startLine, true);
                }
                text.append(lineBreak);
            } else {
                text.append((char) c);
                state = advance(state, (char) c);
            }
            if (text.length() > MAX_RECORD_CHARS) {
                boolean lineBreakInside = text.indexOf("\n") >= 0 || text.indexOf("\r") >= 0;
                if (state == State.QUOTED && lineBreakInside) {
                    return unterminated(text, startLine);
                }
                skipRestOfLine();
                return new Chunk(text.substring(0, MAX_RECORD_CHARS), startLine, true, true);
            }
        }
        if (text.isEmpty() && state == State.FIELD_START) {
            return null;
        }
        return state == State.QUOTED ? unterminated(text, startLine) : new Chunk(text.toString(), startLine, true);
    }

    /** Reads past the end of the current line without keeping what it reads. */
    private void skipRestOfLine() throws IOException {
        int c;
        while ((c = read()) != -1) {
            if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    followedByLineFeed();
                }
                nextLine++;
                return;
            }
        }
    }

    private boolean followedByLineFeed() throws IOException {
        int following = read();
        if (following == '\n') {
            return true;
        }
        if (following != -1) {
            unread((char) following);
        }
        return false;
    }

    private State advance(State state, char c) {
        return switch (state) {
            case FIELD_START -> c == quote ? State.QUOTED : c == delimiter ? State.FIELD_START : State.UNQUOTED;
            case UNQUOTED -> c == delimiter ? State.FIELD_START : State.UNQUOTED;
            case QUOTED -> c == quote ? State.QUOTE_IN_QUOTED : State.QUOTED;
            case QUOTE_IN_QUOTED -> c == quote ? State.QUOTED : c == delimiter ? State.FIELD_START : State.UNQUOTED;
        };
    }

    /** Gives back the first line of a record whose quote never closed, and rescans what followed it. */
    private Chunk unterminated(StringBuilder text, int startLine) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
            end++;
        }
        int restStart = end;
        if (restStart < text.length()) {
            restStart += text.charAt(restStart) == '\r' && restStart + 1 < text.length()
                    && text.charAt(restStart + 1) == '\n' ? 2 : 1;
        }
        pushback = text.substring(restStart) + pushback.substring(pushbackPos);
        pushbackPos = 0;
        nextLine = startLine + 1;
        return new Chunk(text.substring(0, end), startLine, false);
    }

    private void unread(char c) {
        pushback = c + pushback.substring(pushbackPos);
        pushbackPos = 0;
    }

    private int read() throws IOException {
        if (pushbackPos < pushback.length()) {
            return pushback.charAt(pushbackPos++);
        }
        if (bufferPos == bufferLength) {
            bufferLength = reader.read(buffer, 0, buffer.length);
            bufferPos = 0;
            if (bufferLength <= 0) {
                bufferLength = 0;
                return -1;
            }
        }
        char c = buffer[bufferPos++];
        if (atStart) {
            atStart = false;
            if (c == '\uFEFF') {
                return read();
            }
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
