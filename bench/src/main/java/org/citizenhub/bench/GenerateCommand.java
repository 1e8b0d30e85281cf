package org.citizenhub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.citizenhub.bench.population.AgencySource;
import org.citizenhub.bench.population.ExportWriter;
import org.citizenhub.bench.population.PopulationConfig;
import org.citizenhub.bench.population.PopulationGenerator;
import org.citizenhub.bench.population.SyntheticPopulation;

/**
 * {@code generate}: writes a population as the agencies would export it, one native file per agency, a
 * connector file that reads them all ({@value #CONNECTOR_FILE}), and the truth ({@code truth.csv}), so the
 * product's {@code resolve} command can be scored end to end with {@code score}.
 */
final class GenerateCommand {

    static final String CONNECTOR_FILE = "connectors.yml";

    private final PrintStream out;

    GenerateCommand(PrintStream out) {
        this.out = out;
    }

    int run(CommandLine cl) throws IOException {
        String peopleOption = cl.string("people", null);
        int records = cl.integer("records", 0);
        int people = peopleOption != null ? cl.integer("people", 0)
                : records > 0 ? PopulationGenerator.peopleFor(records) : 10_000;
        long seed = cl.longValue("seed", 42);
        Path folder = Path.of(cl.required("out"));
        cl.rejectUnknown();

        out.printf(Locale.ROOT, "Generating %,d people (seed %d) into %s...%n", people, seed, folder.toAbsolutePath());
        SyntheticPopulation population;
        try (ExportWriter writer = new ExportWriter(folder)) {
            population = PopulationGenerator.generate(PopulationConfig.defaults(seed, people), writer);
        }
        StringBuilder yaml = new StringBuilder("""
                # Connectors for a synthetic population written by the Citizen Hub bench (generate --people %d --seed %d).
                # Score the product on it:
                #   java -jar routes/target/citizen-hub.jar resolve --connectors %s --out crosswalk.csv
                #   java -jar bench/target/citizen-hub-bench.jar score --truth %s --crosswalk crosswalk.csv
                connectors:
                """.formatted(people, seed, CONNECTOR_FILE, ExportWriter.TRUTH_FILE));
        for (AgencySource source : population.sources()) {
            yaml.append(source.connectorYaml());
        }
        Files.writeString(folder.resolve(CONNECTOR_FILE), yaml.toString());
        out.printf(Locale.ROOT, "  %,d records: %s%n", population.records().size(), RunCommand.recordsPerSource(population));
        for (AgencySource source : population.sources()) {
            out.println("  " + folder.resolve(source.layout().fileName()));
        }
        out.println("  " + folder.resolve(CONNECTOR_FILE));
        out.println("  " + folder.resolve(ExportWriter.TRUTH_FILE));
        return 0;
    }
}
