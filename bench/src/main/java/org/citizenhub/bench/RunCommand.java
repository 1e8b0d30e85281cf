package org.citizenhub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citizenhub.bench.engines.DukeSettings;
import org.citizenhub.bench.metrics.PairwiseMetrics;
import org.citizenhub.bench.metrics.PairwiseScore;
import org.citizenhub.bench.population.PopulationConfig;
import org.citizenhub.bench.population.PopulationGenerator;
import org.citizenhub.bench.population.SyntheticPopulation;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;

/**
 * {@code run}: generates a population in memory, runs each chosen engine's batch resolve on the same
 * records, and prints and writes the figures side by side. Generation is not timed; only resolve is.
 */
final class RunCommand {

    private final PrintStream out;

    RunCommand(PrintStream out) {
        this.out = out;
    }

    int run(CommandLine cl) throws IOException {
        int records = cl.integer("records", 100_000);
        int people = cl.integer("people", PopulationGenerator.peopleFor(records));
        long seed = cl.longValue("seed", 42);
        String engineSpec = cl.string("engine", "all");
        int dukeMaxRecords = cl.integer("duke-max-records", 400_000);
        DukeSettings defaults = DukeSettings.defaults();
        DukeSettings duke = new DukeSettings(cl.decimal("duke-threshold", defaults.threshold()),
                cl.integer("duke-max-hits", defaults.maxSearchHits()),
                Boolean.parseBoolean(cl.string("duke-fuzzy", Boolean.toString(defaults.fuzzySearch()))),
                cl.integer("duke-threads", defaults.threads()));
        Path report = Path.of(cl.string("report", "bench-report.md"));
        cl.rejectUnknown();

        List<NamedEngine> engines = EngineChoice.parse(engineSpec, duke);
        List<String> notes = new ArrayList<>();
        out.printf(Locale.ROOT, "Generating %,d people (seed %d)...%n", people, seed);
        long genStart = System.nanoTime();
        SyntheticPopulation population = PopulationGenerator.generate(PopulationConfig.defaults(seed, people));
        out.printf(Locale.ROOT, "  %,d records in %.1f s: %s%n", population.records().size(),
                (System.nanoTime() - genStart) / 1e9, recordsPerSource(population));
        Map<RecordKey, String> truth = population.truth();

        List<EngineResult> results = new ArrayList<>();
        for (NamedEngine engine : engines) {
            if (engine.name().equals("duke") && population.records().size() > dukeMaxRecords) {
                notes.add(String.format(Locale.ROOT, "Duke skipped at %,d records (limit --duke-max-records %,d): "
                        + "run it at a smaller size.", population.records().size(), dukeMaxRecords));
                continue;
            }
            out.printf("Running %s (%s)...%n", engine.name(), engine.description());
            results.add(measure(engine, population, truth));
            out.print(MarkdownReport.resultsTable(List.of(results.get(results.size() - 1))));
        }
        String command = "run --records " + records + " --seed " + seed + " --engine " + engineSpec;
        String text = report(command, population, results, notes);
        out.println();
        out.print(text);
        Files.writeString(report, text);
        out.println("Report written to " + report.toAbsolutePath());
        return 0;
    }

    private static EngineResult measure(NamedEngine engine, SyntheticPopulation population, Map<RecordKey, String> truth) {
        List<SourceRecord> input = population.records();
        long before = HeapSampler.settle();
        List<List<RecordKey>> clusters;
        long peak;
        long start;
        long end;
        try (HeapSampler sampler = HeapSampler.start()) {
            start = System.nanoTime();
            clusters = engine.resolver().resolve(input);
            end = System.nanoTime();
            sampler.close();
            peak = sampler.peakBytes();
        }
        PairwiseScore score = PairwiseMetrics.score(clusters, truth);
        return new EngineResult(engine.name(), engine.description(), score, (end - start) / 1e9, before, peak,
                HardNegativeCheck.check(population, clusters));
    }

    static String recordsPerSource(SyntheticPopulation population) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        population.records().forEach(r -> counts.merge(r.key().sourceId(), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        counts.forEach((source, n) -> text.append(text.isEmpty() ? "" : ", ").append(source).append(' ')
                .append(String.format(Locale.ROOT, "%,d", n)));
        return text.toString();
    }

    private static String report(String command, SyntheticPopulation population, List<EngineResult> results,
            List<String> notes) {
        StringBuilder text = new StringBuilder("# Matching benchmark\n\n");
        text.append("Command: `java -Xmx").append(HeapSampler.mib(Runtime.getRuntime().maxMemory()))
                .append("m -jar bench/target/citizen-hub-bench.jar ").append(command).append("`\n\n");
        text.append(String.format(Locale.ROOT, "Machine: %d cores, Java %s, max heap %,d MiB.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                HeapSampler.mib(Runtime.getRuntime().maxMemory())));
        text.append(String.format(Locale.ROOT, "Data: %,d people, %,d records (%s).%n%n", population.people().size(),
                population.records().size(), recordsPerSource(population)));
        text.append(MarkdownReport.resultsTable(results)).append('\n');
        String hard = MarkdownReport.hardNegativeTable(results);
        if (!hard.isEmpty()) {
            text.append("Hard negatives (pairs of different people made to look alike; merged = some cluster holds "
                    + "records of both):\n\n").append(hard).append('\n');
        }
        text.append("Engines:\n");
        results.forEach(r -> text.append("- ").append(r.engine()).append(": ").append(r.description()).append('\n'));
        if (!notes.isEmpty()) {
            text.append("\nNotes:\n");
            notes.forEach(n -> text.append("- ").append(n).append('\n'));
        }
        return text.toString();
    }
}
