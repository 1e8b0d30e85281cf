package org.citizenhub.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's command line: {@code generate}, {@code run}, {@code score} and {@code incremental}.
 * Exit code 0 on success, 2 on a usage error, 1 on any other failure.
 */
public final class BenchMain {

    static final String USAGE = """
            Usage: java -Xmx3g -jar bench/target/citizen-hub-bench.jar <command> [options]

              generate    --out DIR [--people N | --records N] [--seed S]
                          Native agency files, connectors.yml and truth.csv for the product's resolve command.
              run         [--records N] [--people N] [--seed S] [--engine all|hub|baseline|duke[,...]]
                          [--report FILE] [--duke-threshold P] [--duke-max-hits N]
                          [--duke-fuzzy true|false] [--duke-threads N] [--duke-max-records N]
                          Generates in memory and measures each engine's batch resolve side by side.
              score       --truth truth.csv --crosswalk crosswalk.csv [--report FILE]
                          Scores the product's resolve output against the truth.
              incremental [--records N] [--queries N] [--seed S] [--train true|false]
                          [--candidate-cap N] [--report FILE]
                          Latency of matching one record against a loaded population.
            """;

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            CommandLine cl = new CommandLine(args[0], rest);
            return switch (args[0]) {
                case "generate" -> new GenerateCommand(out).run(cl);
                case "run" -> new RunCommand(out).run(cl);
                case "score" -> new ScoreCommand(out).run(cl);
                case "incremental" -> new IncrementalCommand(out).run(cl);
                default -> throw new CommandLine.UsageException("unknown command '" + args[0] + "'");
            };
        } catch (CommandLine.UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (Exception e) {
            err.println("error: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }
}
