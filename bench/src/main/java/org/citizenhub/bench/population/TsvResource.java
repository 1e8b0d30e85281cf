package org.citizenhub.bench.population;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bench's own tab-separated data files: '#' starts a comment line, blank lines are skipped. */
final class TsvResource {

    private TsvResource() {
    }

    static List<String[]> read(String name, int columns) {
        return read(name, columns, columns);
    }

    /** Rows with any number of columns (files whose line kinds differ in width). */
    static List<String[]> readLoose(String name) {
        return read(name, 1, Integer.MAX_VALUE);
    }

    private static List<String[]> read(String name, int minColumns, int maxColumns) {
        String path = "/population/" + name;
        try (InputStream in = TsvResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing data file on the classpath: " + path);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < minColumns || cells.length > maxColumns) {
                    throw new IllegalStateException(path + " line " + number + ": expected " + minColumns
                            + " tab-separated columns, found " + cells.length);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
