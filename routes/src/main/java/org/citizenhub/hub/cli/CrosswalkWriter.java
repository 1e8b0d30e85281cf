package org.citizenhub.hub.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.citizenhub.core.record.RecordKey;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the crosswalk: {@code source,record_id,citizen_id}, one row per linked record of the given
 * sources, with the surviving citizen id (a merged citizen's id is followed to the one it redirects to).
 * RFC 4180 quoting, LF line ends, UTF-8; written to a temporary file first so a reader never sees half a file.
 */
final class CrosswalkWriter {

    static final String[] HEADER = {"source", "record_id", "citizen_id"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    /** What was written. */
    record Written(long rows, long citizens) {
    }

    private final JdbcClient jdbc;

    CrosswalkWriter(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    Written write(Collection<String> sources, Path out) throws IOException {
        long[] rows = {0};
        Set<String> citizens = new HashSet<>();
        writeAtomically(out, csv -> {
                if (!sources.isEmpty()) {
                    jdbc.sql("""
                                    SELECT l.source_id, l.record_id, COALESCE(c.merged_into, c.id) AS citizen_id
                                      FROM record_link l JOIN citizen c ON c.id = l.citizen_id
                                     WHERE l.source_id IN (:sources)
                                     ORDER BY l.source_id, l.record_id""")
                            .param("sources", sources)
                            .query(rs -> {
                                String citizen = rs.getString("citizen_id");
                                try {
                                    csv.printRecord(rs.getString("source_id"), rs.getString("record_id"), citizen);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                                citizens.add(citizen);
                                rows[0]++;
                            });
                }
        });
        return new Written(rows[0], citizens.size());
    }

    /**
     * The crosswalk of a batch resolution that was not written to the store: {@code citizenIds.get(i)} is the
     * citizen of every record in {@code clusters.get(i)}. Same order as from the store: by source and record id.
     */
    static Written write(List<List<RecordKey>> clusters, List<String> citizenIds, Path out) throws IOException {
        int total = clusters.stream().mapToInt(List::size).sum();
        RecordKey[] keys = new RecordKey[total];
        int[] citizenOf = new int[total];
        int n = 0;
        for (int c = 0; c < clusters.size(); c++) {
            for (RecordKey key : clusters.get(c)) {
                keys[n] = key;
                citizenOf[n++] = c;
            }
        }
        Integer[] order = new Integer[total];
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> keys[i].sourceId()).thenComparing(i -> keys[i].recordId()));
        writeAtomically(out, csv -> {
            for (Integer i : order) {
                csv.printRecord(keys[i].sourceId(), keys[i].recordId(), citizenIds.get(citizenOf[i]));
            }
        });
        return new Written(total, clusters.size());
    }

    /** Rows go to a temporary file first, moved into place when complete, so a reader never sees half a file. */
    private static void writeAtomically(Path out, Rows rows) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, ".crosswalk-", ".csv.part");
        try {
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
                csv.printRecord((Object[]) HEADER);
                rows.print(csv);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @FunctionalInterface
    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }
}
