package org.citizenhub.bench.population;

import java.nio.charset.Charset;
import java.util.List;

/**
 * How an agency's export file is laid out. CSV files have a header row, a delimiter, a quote character,
 * a line ending, and either every field quoted or only where needed; NDJSON has one object a line.
 */
public record FileLayout(String fileName, Kind kind, char delimiter, char quote, boolean quoteAll, String lineEnding,
        Charset charset, List<String> header) {

    public enum Kind { CSV, NDJSON }

    public FileLayout {
        header = List.copyOf(header);
    }

    static FileLayout csv(String fileName, char delimiter, boolean quoteAll, String lineEnding, Charset charset,
            List<String> header) {
        return new FileLayout(fileName, Kind.CSV, delimiter, '"', quoteAll, lineEnding, charset, header);
    }

    static FileLayout ndjson(String fileName, Charset charset) {
        return new FileLayout(fileName, Kind.NDJSON, ',', '"', false, "\n", charset, List.of());
    }
}
