package org.citizenhub.connectors.config;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A file of records: CSV with a header row, or NDJSON (one JSON object a line). {@code path} is absolute,
 * already resolved against the connector file's folder. {@code delimiter} and {@code quote} are for CSV.
 */
public record FileSource(Path path, FileFormat format, char delimiter, char quote, Charset encoding) {

    public enum FileFormat { CSV, NDJSON }
}
