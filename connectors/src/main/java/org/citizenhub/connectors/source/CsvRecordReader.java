package org.citizenhub.connectors.source;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with a header row, read record by record: each row becomes a flat JSON object of header to value.
 * A row that cannot be parsed or has the wrong number of columns comes back unreadable, with its line
 * number and its exact text, and reading goes on. Blank lines are skipped.
 */
final class CsvRecordReader extends NativeRecordIterator {

    private static final char[] LIKELY_DELIMITERS = {',', ';', '\t', '|'};

    private final CsvRecordScanner scanner;
    private final char delimiter;
    private final CSVFormat format;
    private List<String> header;

    CsvRecordReader(Reader reader, char delimiter, char quote) {
        this.scanner = new CsvRecordScanner(reader, delimiter, quote);
        this.delimiter = delimiter;
        this.format = CSVFormat.Builder.create(CSVFormat.RFC4180)
                .setDelimiter(delimiter)
                .setQuote(quote)
                .setIgnoreEmptyLines(false)
                .get();
    }

    @Override
    protected NativeRecord readNext() throws IOException {
        if (header == null && !readHeader()) {
            return null;
        }
        CsvRecordScanner.Chunk chunk;
        do {
            chunk = scanner.next();
            if (chunk == null) {
                return null;
            }
        } while (chunk.terminated() && chunk.text().isBlank());
        return toRecord(chunk);
    }

    private boolean readHeader() throws IOException {
        CsvRecordScanner.Chunk chunk;
        do {
            chunk = scanner.next();
            if (chunk == null) {
                return false;
            }
        } while (chunk.text().isBlank());
        if (chunk.tooLong()) {
            throw new SourceException("line " + chunk.line() + ": the header row is " + TextChecks.TOO_LONG);
        }
        List<String> names = parse(chunk);
        if (!chunk.terminated() || names == null) {
            throw new SourceException("line " + chunk.line() + ": the header row is not valid CSV (check quote and delimiter)");
        }
        checkDelimiter(names, chunk.line());
        header = uniqueNames(names);
        return true;
    }

    /** One column whose name holds another usual delimiter: every row would be a dead letter, so say why now. */
    private void checkDelimiter(List<String> names, int line) {
        if (names.size() != 1) {
            return;
        }
        for (char candidate : LIKELY_DELIMITERS) {
            if (candidate != delimiter && names.get(0).indexOf(candidate) >= 0) {
                throw new SourceException("line " + line + ": the header row is a single column that contains "
                        + shown(candidate) + "; is the delimiter " + shown(candidate) + " rather than " + shown(delimiter) + "?");
            }
        }
    }

    private static String shown(char c) {
        return c == '\t' ? "a tab" : "'" + c + "'";
    }

    private NativeRecord toRecord(CsvRecordScanner.Chunk chunk) {
        String position = "line " + chunk.line();
        if (chunk.tooLong()) {
            return NativeRecord.unreadable(position, TextChecks.TOO_LONG, chunk.text());
        }
        if (!chunk.terminated()) {
            return NativeRecord.unreadable(position, "quoted field is not closed", chunk.text());
        }
        String badText = TextChecks.problem(chunk.text());
        if (badText != null) {
            return NativeRecord.unreadable(position, badText, chunk.text());
        }
        List<String> values = parse(chunk);
        if (values == null) {
            return NativeRecord.unreadable(position, "row is not valid CSV (quotes)", chunk.text());
        }
        if (values.size() != header.size()) {
            return NativeRecord.unreadable(position,
                    "expected " + header.size() + " columns, found " + values.size(), chunk.text());
        }
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < values.size(); i++) {
            row.put(header.get(i), values.get(i));
        }
        return NativeRecord.parsed(position, row);
    }

    /** The fields of one logical record, or null when commons-csv rejects it. */
    private List<String> parse(CsvRecordScanner.Chunk chunk) {
        try (CSVParser parser = CSVParser.parse(chunk.text(), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                return records.isEmpty() ? List.of("") : null;
            }
            return records.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    /** Header names trimmed; a blank one becomes column_N and a repeated one name_2, so no value is lost. */
    private static List<String> uniqueNames(List<String> raw) {
        List<String> names = new ArrayList<>(raw.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = raw.get(i).strip();
            if (name.isEmpty()) {
                name = "column_" + (i + 1);
            }
            String unique = name;
            for (int n = 2; !seen.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + "_" + n;
            }
            names.add(unique);
        }
        return names;
    }

    @Override
    public void close() throws IOException {
        scanner.close();
    }
}
