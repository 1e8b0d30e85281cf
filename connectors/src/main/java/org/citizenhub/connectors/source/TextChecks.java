package org.citizenhub.connectors.source;

/**
 * What makes a line of a text file unreadable before it is parsed, as a dead-letter reason that names the
 * problem and never the text: too long, a NUL character, or bytes the file's encoding could not decode.
 */
final class TextChecks {

    /** The longest CSV record or NDJSON line read; anything longer is cut to this and dead-lettered. */
    static final int MAX_LINE_CHARS = CsvRecordScanner.MAX_RECORD_CHARS;

    static final String TOO_LONG = "longer than " + MAX_LINE_CHARS + " characters";

    private TextChecks() {
    }

    /** Why the text cannot be read, or null when it can. */
    static String problem(String text) {
        if (text.indexOf('\u0000') >= 0) {
            return "holds a NUL character (a binary or UTF-16 file? check file.encoding)";
        }
        if (text.indexOf('\uFFFD') >= 0) {
            return "holds bytes that are not valid in the file's encoding (check file.encoding)";
        }
        return null;
    }
}
