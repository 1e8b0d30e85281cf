package org.citizenhub.hub.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.camel.impl.DefaultCamelContext;
import org.citizenhub.connectors.DeadLetter;
import org.citizenhub.connectors.IngestSink;
import org.citizenhub.connectors.RunSummary;
import org.citizenhub.connectors.config.ConnectorConfig;
import org.citizenhub.connectors.config.ConnectorConfigException;
import org.citizenhub.connectors.config.ConnectorConfigLoader;
import org.citizenhub.connectors.config.ConnectorFile;
import org.citizenhub.connectors.source.ConnectorRunException;
import org.citizenhub.connectors.source.ConnectorRunner;
import org.citizenhub.connectors.source.SourceOptions;
import org.citizenhub.hub.matching.BatchResolution;
import org.citizenhub.hub.store.HubStore;

/**
 * {@code resolve --connectors FILE.yml --out CROSSWALK.csv [--db JDBC_URL]}: runs every connector of the file
 * once into a store, resolves the records to citizens, writes the crosswalk and prints a summary. No web
 * server, no cluster, no Spring context. A store without citizens (the temporary one, or a new {@code --db})
 * is a first load, in batch mode: records are stored in bulk without matching, then the engine resolves them
 * all at once, learning its model from them. A {@code --db} that already has citizens resolves the records one
 * by one as they arrive (incremental), so the ids it gave out stay. Exit codes: 0 done; 1 a connector run or
 * the store failed (the crosswalk still holds what was ingested); 2 bad arguments or a bad connector file.
 */
public final class ResolveCommand {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final PrintStream terminal;
    private final Function<String, String> environment;

    /**
     * @param terminal    where to draw progress, or null for none
     * @param environment environment variables (connector file references, store credentials)
     */
    public ResolveCommand(PrintStream out, PrintStream err, PrintStream terminal, Function<String, String> environment) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.environment = environment;
    }

    /** The command line entry: {@code args} are the words after {@code resolve}. Returns the exit code. */
    public static int execute(String... args) {
        CliLogging.quiet();
        return new ResolveCommand(System.out, System.err, Progress.terminalOrNull(), System::getenv).run(Arrays.asList(args));
    }

    public int run(List<String> args) {
        ResolveArguments arguments;
        try {
            arguments = ResolveArguments.parse(args);
        } catch (UsageException e) {
            err.println("resolve: " + e.getMessage());
            err.print(ResolveArguments.USAGE);
            return USAGE;
        }
        if (arguments.help()) {
            out.print(ResolveArguments.USAGE);
            return OK;
        }
        ConnectorFile file;
        try {
            file = ConnectorConfigLoader.load(arguments.connectors(), environment);
        } catch (ConnectorConfigException e) {
            err.println("resolve: bad connector file: " + e.getMessage());
            return USAGE;
        }
        ResolveStore opened;
        try {
            opened = ResolveStore.open(arguments.dbUrl(), environment);
        } catch (Exception e) {
            // never the URL: it may carry a password
            err.println("resolve: cannot open the store: " + describe(e));
            return FAILED;
        }
        try (ResolveStore store = opened) {
            return resolve(file, store, arguments);
        } catch (Exception e) {
            err.println("resolve: failed: " + describe(e));
            return FAILED;
        }
    }

    private int resolve(ConnectorFile file, ResolveStore store, ResolveArguments arguments) throws Exception {
        HubStore hub = store.hub();
        long started = System.nanoTime();
        IngestSink firstLoad = store.hasNoCitizens() ? store.firstLoadSink() : null;
        Progress progress = new Progress(firstLoad != null ? firstLoad : hub.sink(), terminal);
        List<RunSummary> summaries = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            ConnectorRunner runner;
            try {
                runner = ConnectorRunner.install(camel, file.connectors(), progress, hub.checkpoints(), SourceOptions.onDemandOnly());
                camel.start();
            } catch (Exception e) {
                err.println("resolve: bad connector file: " + arguments.connectors() + ": " + describe(e));
                return USAGE;
            }
            for (String connectorId : runner.connectorIds()) {
                progress.start(connectorId);
                try {
                    RunSummary summary = runner.run(connectorId);
                    hub.runs().recordSuccess(summary);
                    summaries.add(summary);
                } catch (ConnectorRunException e) {
                    hub.runs().recordFailure(e.partialSummary(), e.getMessage());
                    summaries.add(e.partialSummary());
                    failures.add(e.getMessage());
                } finally {
                    progress.finish();
                }
            }
        }
        String matching;
        Map<String, Long> millis = new LinkedHashMap<>();
        BatchResolution.Outcome outcome = null;
        if (firstLoad != null) {
            started = lap(millis, "read", started);
            outcome = store.resolveInBatch(firstLoad, progress::note);
            progress.finish();
            outcome.millis().forEach((phase, ms) -> millis.put(phase, ms));
            started = System.nanoTime();
            matching = outcome.learnt()
                    .map(m -> String.format("batch, model learnt from %,d records", m.recordCount()))
                    .orElse("batch, " + (store.models().current().isPresent() ? "stored model" : "cold-start model")
                            + " (too few records to learn from)");
        } else {
            started = lap(millis, "read and resolve", started);
            matching = store.models().trainIfDue() ? "incremental, then a new model learnt" : "incremental";
            started = lap(millis, "learn", started);
        }
        List<String> sources = file.connectors().stream().map(ConnectorConfig::id).toList();
        CrosswalkWriter.Written written = outcome != null && store.isTemporary()
                ? CrosswalkWriter.write(outcome.clusters(), outcome.citizenIds(), arguments.out())
                : new CrosswalkWriter(store.dataSource()).write(sources, arguments.out());
        lap(millis, "crosswalk", started);
        printSummary(summaries, written, arguments);
        out.println("Matching: " + matching);
        StringBuilder times = new StringBuilder("Time (ms):");
        millis.forEach((phase, ms) -> times.append(' ').append(phase).append(' ').append(ms).append(','));
        out.println(times.substring(0, times.length() - 1));
        printDeadLetters(progress.deadLetterSamples(), summaries);
        failures.forEach(failure -> err.println("resolve: " + failure));
        return failures.isEmpty() ? OK : FAILED;
    }

    private static long lap(Map<String, Long> millis, String phase, long start) {
        long now = System.nanoTime();
        millis.put(phase, (now - start) / 1_000_000);
        return now;
    }

    private void printSummary(List<RunSummary> summaries, CrosswalkWriter.Written written, ResolveArguments arguments) {
        int width = summaries.stream().mapToInt(s -> s.connectorId().length()).max().orElse(0);
        long read = 0;
        long deadLettered = 0;
        for (RunSummary s : summaries) {
            out.printf("  %-" + width + "s  read %,d, ingested %,d, dead-lettered %,d%n", s.connectorId(), s.read(),
                    s.ingested(), s.deadLettered());
            read += s.read();
            deadLettered += s.deadLettered();
        }
        out.printf("Records read: %d, dead-lettered: %d, citizens: %d%n", read, deadLettered, written.citizens());
        out.printf("Crosswalk: %s (%d rows)%n", arguments.out(), written.rows());
    }

    /** Why records were dead-lettered (reasons name the field and the problem, never a value). */
    private void printDeadLetters(List<DeadLetter> samples, List<RunSummary> summaries) {
        if (samples.isEmpty()) {
            return;
        }
        long total = summaries.stream().mapToLong(RunSummary::deadLettered).sum();
        out.println(total > samples.size() ? "Dead letters (the first " + samples.size() + " of " + total + "):" : "Dead letters:");
        for (DeadLetter letter : samples) {
            out.printf("  %s %s: %s%n", letter.connectorId(), letter.recordId() == null ? "(no record id)" : letter.recordId(),
                    letter.reason());
        }
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && (cause.getMessage() == null || cause.getMessage().isBlank())) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
