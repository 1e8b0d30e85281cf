package org.citizenhub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.citizenhub.bench.population.PopulationConfig;
import org.citizenhub.bench.population.PopulationGenerator;
import org.citizenhub.bench.population.SyntheticPopulation;
import org.citizenhub.core.match.ProbabilisticBatchResolver;
import org.citizenhub.core.match.ProbabilisticMatcher;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.record.SourceRecord;

/**
 * {@code incremental}: the latency of matching one new record against a loaded population, as the hub
 * does when a record arrives. The population minus the query records is loaded into an in-memory index of
 * blocking keys and prepared once, as the hub's store keeps them; each query computes its keys, gathers the
 * candidates that share one, and compares each. The matcher is hub-core's {@link ProbabilisticMatcher} on
 * the model {@link ProbabilisticBatchResolver} trains on the store (or the default model with
 * {@code --train false}).
 */
final class IncrementalCommand {

    private final PrintStream out;

    IncrementalCommand(PrintStream out) {
        this.out = out;
    }

    /** Growable postings list of record indexes. */
    private static final class Postings {
        int[] ids = new int[2];
        int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }

    int run(CommandLine cl) throws IOException {
        int records = cl.integer("records", 1_000_000);
        int queries = cl.integer("queries", 10_000);
        long seed = cl.longValue("seed", 42);
        boolean train = Boolean.parseBoolean(cl.string("train", "true"));
        int cap = cl.integer("candidate-cap", 1_000);
        Path report = Path.of(cl.string("report", "incremental-report.md"));
        cl.rejectUnknown();

        int people = PopulationGenerator.peopleFor(records);
        out.printf(Locale.ROOT, "Generating %,d people (seed %d)...%n", people, seed);
        SyntheticPopulation population = PopulationGenerator.generate(PopulationConfig.defaults(seed, people));
        List<SourceRecord> all = population.records();
        boolean[] isQuery = pickQueries(all.size(), Math.min(queries, all.size() / 2), seed);
        List<SourceRecord> storeRecords = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!isQuery[i]) {
                storeRecords.add(all.get(i));
            }
        }

        long trainStart = System.nanoTime();
        ProbabilisticMatcher matcher = matcher(train, storeRecords);
        double trainSeconds = (System.nanoTime() - trainStart) / 1e9;
        storeRecords = null;
        long indexStart = System.nanoTime();
        Map<String, Postings> index = new HashMap<>(all.size() * 3);
        PreparedRecord[] stored = new PreparedRecord[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (!isQuery[i]) {
                stored[i] = matcher.prepare(all.get(i));
                for (String key : matcher.blockingKeys(all.get(i))) {
                    index.computeIfAbsent(key, k -> new Postings()).add(i);
                }
            }
        }
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
        int[] queryIds = java.util.stream.IntStream.range(0, all.size()).filter(i -> isQuery[i]).toArray();
        out.printf(Locale.ROOT, "Loaded %,d records (%,d keys) in %.1f s after %.1f s of training; %,d queries with %s%n",
                all.size() - queryIds.length, index.size(), indexSeconds, trainSeconds, queryIds.length,
                description(train));

        int[] stamp = new int[all.size()];
        int[] storeRecordsOfPerson = new int[population.people().size()];
        for (int i = 0; i < all.size(); i++) {
            if (!isQuery[i]) {
                storeRecordsOfPerson[population.personOfRecord()[i]]++;
            }
        }
        for (int q = 0; q < Math.min(2_000, queryIds.length); q++) {
            query(matcher, all, stored, index, queryIds[q], stamp, q + 1, cap, population,
                    storeRecordsOfPerson); // warm-up, not timed
        }
        long[] latencies = new long[queryIds.length];
        long candidates = 0;
        long capped = 0;
        long withOwnRecords = 0;
        long foundOwn = 0;
        long wrongLinks = 0;
        for (int q = 0; q < queryIds.length; q++) {
            long start = System.nanoTime();
            Outcome outcome = query(matcher, all, stored, index, queryIds[q], stamp, queryIds.length + q + 10, cap,
                    population, storeRecordsOfPerson);
            latencies[q] = System.nanoTime() - start;
            candidates += outcome.candidates;
            capped += outcome.capped ? 1 : 0;
            wrongLinks += outcome.wrongMatches > 0 ? 1 : 0;
            if (outcome.ownInStore) {
                withOwnRecords++;
                foundOwn += outcome.rightMatches > 0 ? 1 : 0;
            }
        }
        Arrays.sort(latencies);
        String text = String.format(Locale.ROOT, """
                # Incremental matching

                Command: `java -Xmx%dm -jar bench/target/citizen-hub-bench.jar incremental --records %d --queries %d --seed %d`

                Matcher: %s. Store: %,d records, %,d blocking keys (model trained in %.1f s, records prepared and
                indexed in %.1f s). Machine: %d cores.

                | queries | p50 ms | p95 ms | p99 ms | max ms | mean candidates | queries at the candidate cap (%d a key) | found own person | linked to another person |
                |---:|---:|---:|---:|---:|---:|---:|---:|---:|
                | %,d | %.3f | %.3f | %.3f | %.3f | %.1f | %,d | %.4f | %.4f |

                "Found own person": share of queries whose person has records in the store that matched at least one of
                them. "Linked to another person": share of queries that matched a record of someone else.
                """, HeapSampler.mib(Runtime.getRuntime().maxMemory()), records, queries, seed, description(train),
                all.size() - queryIds.length, index.size(), trainSeconds, indexSeconds, Runtime.getRuntime().availableProcessors(), cap,
                queryIds.length, ms(percentile(latencies, 0.50)), ms(percentile(latencies, 0.95)),
                ms(percentile(latencies, 0.99)), ms(latencies[latencies.length - 1]),
                (double) candidates / queryIds.length, capped, withOwnRecords == 0 ? 1.0 : (double) foundOwn / withOwnRecords,
                (double) wrongLinks / queryIds.length);
        out.print(text);
        Files.writeString(report, text);
        out.println("Report written to " + report.toAbsolutePath());
        return 0;
    }

    private record Outcome(int candidates, boolean capped, int rightMatches, int wrongMatches, boolean ownInStore) {
    }

    private static Outcome query(ProbabilisticMatcher matcher, List<SourceRecord> all, PreparedRecord[] stored,
            Map<String, Postings> index, int queryId,
            int[] stamp, int generation, int cap, SyntheticPopulation population, int[] storeRecordsOfPerson) {
        SourceRecord incoming = all.get(queryId);
        PreparedRecord prepared = matcher.prepare(incoming);
        int person = population.personOfRecord()[queryId];
        int seen = 0;
        int right = 0;
        int wrong = 0;
        boolean capped = false;
        for (String key : matcher.blockingKeys(incoming)) {
            Postings postings = index.get(key);
            if (postings == null) {
                continue;
            }
            int limit = Math.min(postings.size, cap);
            capped |= postings.size > cap;
            for (int p = 0; p < limit; p++) {
                int candidate = postings.ids[p];
                if (stamp[candidate] == generation) {
                    continue;
                }
                stamp[candidate] = generation;
                seen++;
                if (matcher.compare(prepared, stored[candidate]).isMatch()) {
                    if (population.personOfRecord()[candidate] == person) {
                        right++;
                    } else {
                        wrong++;
                    }
                }
            }
        }
        return new Outcome(seen, capped, right, wrong, storeRecordsOfPerson[person] > 0);
    }

    private static boolean[] pickQueries(int size, int count, long seed) {
        boolean[] chosen = new boolean[size];
        SplittableRandom rng = new SplittableRandom(seed ^ 0x51C0FFEEL);
        int picked = 0;
        while (picked < count) {
            int i = rng.nextInt(size);
            if (!chosen[i]) {
                chosen[i] = true;
                picked++;
            }
        }
        return chosen;
    }

    /** The hub's matcher on the model its batch resolver trains on the store (a first load), or the default model. */
    private static ProbabilisticMatcher matcher(boolean train, List<SourceRecord> store) {
        if (!train) {
            return new ProbabilisticMatcher();
        }
        return new ProbabilisticMatcher(new ProbabilisticBatchResolver().resolveDetailed(store).model());
    }

    private static String description(boolean train) {
        return ProbabilisticMatcher.class.getName() + (train
                ? ", model trained by ProbabilisticBatchResolver.resolveDetailed on the store"
                : ", default model (no training)") + ", records prepared when stored";
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
