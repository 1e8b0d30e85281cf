package org.citizenhub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.citizenhub.bench.metrics.PairwiseMetrics;
import org.citizenhub.bench.metrics.PairwiseScore;
import org.citizenhub.core.record.RecordKey;

/**
 * {@code score}: scores a crosswalk ({@code source,record_id,citizen_id}, as the product's {@code resolve}
 * writes it) against a truth file ({@code source,record_id,person_id}, as {@code generate} writes it).
 * Truth records missing from the crosswalk count as unlinked; crosswalk rows the truth does not know are
 * counted and ignored.
 */
final class ScoreCommand {

    private final PrintStream out;

    ScoreCommand(PrintStream out) {
        this.out = out;
    }

    int run(CommandLine cl) throws IOException {
        Path truthFile = Path.of(cl.required("truth"));
        Path crosswalkFile = Path.of(cl.required("crosswalk"));
        String report = cl.string("report", null);
        cl.rejectUnknown();

        Map<RecordKey, String> truth = read(truthFile, "person_id");
        Map<RecordKey, String> crosswalk = read(crosswalkFile, "citizen_id");
        Map<String, List<RecordKey>> byCitizen = new HashMap<>();
        long unknown = 0;
        for (Map.Entry<RecordKey, String> row : crosswalk.entrySet()) {
            if (!truth.containsKey(row.getKey())) {
                unknown++;
            }
            byCitizen.computeIfAbsent(row.getValue(), c -> new ArrayList<>()).add(row.getKey());
        }
        long missing = truth.keySet().stream().filter(k -> !crosswalk.containsKey(k)).count();
        PairwiseScore score = PairwiseMetrics.score(new ArrayList<>(byCitizen.values()), truth);
        EngineResult result = new EngineResult("crosswalk", crosswalkFile.toString(), score, 0, 0, 0, Map.of());
        StringBuilder text = new StringBuilder("# Crosswalk score\n\n");
        text.append("Truth: `").append(truthFile).append("`; crosswalk: `").append(crosswalkFile).append("`\n\n");
        text.append(MarkdownReport.qualityTable(List.of(result)));
        text.append(String.format(Locale.ROOT, "%nTruth records missing from the crosswalk (scored as unlinked): %,d%n"
                + "Crosswalk rows unknown to the truth (ignored): %,d%n", missing, unknown));
        out.print(text);
        if (report != null) {
            Files.writeString(Path.of(report), text.toString());
        }
        return 0;
    }

    /** Reads {@code source,record_id,<valueColumn>}; a record listed twice is an error. */
    static Map<RecordKey, String> read(Path file, String valueColumn) throws IOException {
        Map<RecordKey, String> rows = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            var parser = format.parse(reader);
            for (String column : List.of("source", "record_id", valueColumn)) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new CommandLine.UsageException(file + ": no '" + column + "' column (header: "
                            + parser.getHeaderNames() + ")");
                }
            }
            for (CSVRecord row : parser) {
                RecordKey key = new RecordKey(row.get("source"), row.get("record_id"));
                if (rows.put(key, row.get(valueColumn)) != null) {
                    throw new CommandLine.UsageException(file + " line " + parser.getCurrentLineNumber()
                            + ": record " + key + " is listed twice");
                }
            }
        }
        return rows;
    }
}
