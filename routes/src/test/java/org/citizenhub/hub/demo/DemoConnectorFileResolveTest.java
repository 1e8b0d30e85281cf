package org.citizenhub.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.citizenhub.hub.cli.ResolveCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's connector file outside Spring: the agencies started by hand as the demo profile starts them,
 * then the {@code resolve} command over the file. Proves the demo data, its connector file and the
 * batch command fit together, defects included.
 */
class DemoConnectorFileResolveTest {

    @TempDir
    static Path dir;

    private static DemoAgencyDatabase health;
    private static DemoAgencyApi benefits;
    private static Path connectors;

    @BeforeAll
    static void startAgencies() {
        Path demo = dir.resolve("demo");
        DemoFiles.copyTo(demo);
        health = DemoAgencyDatabase.seed(DemoAgencyDatabase.DEFAULT_URL, demo.resolve("health/patients.sql"));
        benefits = DemoAgencyApi.start(demo.resolve("benefits"));
        connectors = DemoConnectorFile.write(demo, benefits.baseUrl());
    }

    @AfterAll
    static void stopAgencies() {
        benefits.close();
        health.close();
    }

    @Test
    void resolvesTheFourDemoAgenciesIntoOneCrosswalk() throws IOException {
        Path crosswalk = dir.resolve("out/crosswalk.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new ResolveCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                null, name -> null).run(List.of("--connectors", connectors.toString(), "--out", crosswalk.toString()));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(crosswalk);
        assertThat(lines.get(0)).isEqualTo("source,record_id,citizen_id");
        Map<String, String> citizenOf = new HashMap<>();
        lines.subList(1, lines.size()).forEach(line -> {
            String[] cells = line.split(",");
            citizenOf.put(cells[0] + "/" + cells[1], cells[2]);
        });
        // every record read, less the one dead letter of each agency
        assertThat(citizenOf).hasSize(43 - 1 + 42 - 1 + 26 - 1 + 16 - 1);
        assertThat(citizenOf).doesNotContainKeys("tax/TX-100245", "health/H79999", "benefits/BEN-5999");
        // person 1 is known to all four agencies
        assertThat(Stream.of("tax/TX-100201", "health/H70003", "benefits/BEN-5001", "housing/HT-3001").map(citizenOf::get))
                .doesNotContainNull().containsOnly(citizenOf.get("tax/TX-100201"));
        // within-source duplicates are one citizen: TAX by national id, HEALTH despite a nickname
        assertThat(citizenOf.get("tax/TX-100205")).isEqualTo(citizenOf.get("tax/TX-100299"));
        assertThat(citizenOf.get("health/H70060")).isEqualTo(citizenOf.get("health/H79998"));
        // a placeholder national id (TAX, person 9) still matches on name and date of birth
        assertThat(citizenOf.get("tax/TX-100209")).isEqualTo(citizenOf.get("health/H70027"));
        // different people stay apart
        assertThat(citizenOf.get("tax/TX-100201")).isNotEqualTo(citizenOf.get("tax/TX-100202"));
        // 49 invented people reach the hub (the 50th only through a dead letter): one citizen each
        assertThat(new HashSet<>(citizenOf.values())).hasSize(49);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Records read: 127, dead-lettered: 4, citizens: 49");
    }
}
