package org.citizenhub.bench.population;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Streams each agency's records into its native export file as they are generated, and every record's
 * owner into the truth file ({@code source,record_id,person_id}).
 */
public final class ExportWriter implements RowSink, Closeable {

    public static final String TRUTH_FILE = "truth.csv";

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Writer> writers = new LinkedHashMap<>();
    private final Map<String, CSVPrinter> printers = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final CSVPrinter truth;

    public ExportWriter(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.truth = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader("source", "record_id", "person_id")
                .get().print(Files.newBufferedWriter(folder.resolve(TRUTH_FILE)));
    }

    /** The CSV dialect of a layout; used to write and to read the files back. */
    public static CSVFormat csvFormat(FileLayout layout) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(layout.delimiter())
                .setQuote(layout.quote())
                .setQuoteMode(layout.quoteAll() ? QuoteMode.ALL : QuoteMode.MINIMAL)
                .setRecordSeparator(layout.lineEnding())
                .get();
    }

    @Override
    public void accept(AgencySource source, String recordId, NativeRow row, String personId) throws IOException {
        FileLayout layout = source.layout();
        Writer writer = writers.get(source.id());
        if (writer == null) {
            writer = Files.newBufferedWriter(folder.resolve(layout.fileName()), layout.charset());
            writers.put(source.id(), writer);
            if (layout.kind() == FileLayout.Kind.CSV) {
                CSVPrinter printer = csvFormat(layout).print(writer);
                printer.printRecord(layout.header());
                printers.put(source.id(), printer);
            }
        }
        if (row instanceof NativeRow.Csv csv) {
            printers.get(source.id()).printRecord(csv.cells());
        } else if (row instanceof NativeRow.Json tree) {
            writer.write(json.writeValueAsString(tree.tree()) + layout.lineEnding());
        }
        counts.merge(source.id(), 1L, Long::sum);
        truth.printRecord(source.id(), recordId, personId);
    }

    /** Records written per source, in the order the sources were first written. */
    public Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    @Override
    public void close() throws IOException {
        for (CSVPrinter printer : printers.values()) {
            printer.flush();
        }
        for (Writer writer : writers.values()) {
            writer.close();
        }
        truth.close();
    }
}
