package org.citizenhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: generate files, score a crosswalk, run the engines, reject bad options. */
class BenchMainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void generateWritesTheAgencyFilesConnectorFileAndTruth() {
        int code = run("generate", "--people", "500", "--out", dir.toString());

        assertThat(code).isZero();
        assertThat(dir.resolve("connectors.yml")).content().startsWith("# Connectors").contains("connectors:\n  - id: tax");
        assertThat(dir.resolve("truth.csv")).exists();
        assertThat(dir.resolve("health_patients.ndjson")).exists();
        assertThat(dir.resolve("housing_tenants.tsv")).exists();
    }

    @Test
    void aCrosswalkEqualToTheTruthScoresOneAndASplitCrosswalkLosesRecall() throws IOException {
        run("generate", "--people", "500", "--out", dir.toString());
        List<String> truth = Files.readAllLines(dir.resolve("truth.csv"));
        List<String> perfect = new ArrayList<>(List.of("source,record_id,citizen_id"));
        List<String> singletons = new ArrayList<>(List.of("source,record_id,citizen_id"));
        for (String line : truth.subList(1, truth.size())) {
            perfect.add(line);
            String[] cells = line.split(",");
            singletons.add(cells[0] + "," + cells[1] + ",C-" + cells[0] + "-" + cells[1]);
        }
        Files.write(dir.resolve("perfect.csv"), perfect);
        Files.write(dir.resolve("singletons.csv"), singletons);

        assertThat(run("score", "--truth", dir.resolve("truth.csv").toString(), "--crosswalk",
                dir.resolve("perfect.csv").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("| 1.0000 | 1.0000 | 1.0000 |");
        out.reset();
        assertThat(run("score", "--truth", dir.resolve("truth.csv").toString(), "--crosswalk",
                dir.resolve("singletons.csv").toString(), "--report", dir.resolve("score.md").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("| 1.0000 | 0.0000 | 0.0000 |");
        assertThat(dir.resolve("score.md")).exists();
    }

    @Test
    void runPrintsAndWritesTheFiguresSideBySide() {
        Path report = dir.resolve("report.md");

        int code = run("run", "--records", "3000", "--engine", "baseline,duke", "--duke-threads", "1", "--report",
                report.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(report).content().contains("| baseline |").contains("| duke |").contains("twins merged / pairs")
                .contains("precision");
    }

    @Test
    void runMeasuresTheHubEngineAndRejectsUnknownEngineNames() {
        Path report = dir.resolve("hub.md");

        int code = run("run", "--records", "2000", "--engine", "hub", "--report", report.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(report).content().contains("| hub |").contains("ProbabilisticBatchResolver");
        assertThat(run("run", "--records", "2000", "--engine", "hub,org.example.MyResolver")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown engine 'org.example.MyResolver'");
    }

    @Test
    void incrementalReportsLatencyPercentiles() {
        Path report = dir.resolve("incremental.md");

        int code = run("incremental", "--records", "3000", "--queries", "200", "--report", report.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(report).content().contains("| p50 ms | p95 ms | p99 ms |").contains("| 200 |")
                .contains("model trained by ProbabilisticBatchResolver");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("run", "--recrods", "10")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --recrods");
        assertThat(run("generate", "--people", "many", "--out", dir.toString())).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("score", "--truth", "x.csv")).isEqualTo(2);
    }

    private int run(String... args) {
        return BenchMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
