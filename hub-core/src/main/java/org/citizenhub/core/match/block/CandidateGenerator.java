package org.citizenhub.core.match.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.citizenhub.core.match.prepare.PreparedRecord;

/**
 * Produces the candidate pairs of a population: every pair of records that shares a key under any
 * {@link BlockingRule}, each pair once (under the first rule that holds it in full). A block larger than
 * the bound is never compared quadratically: its records are ordered by name and each is compared with
 * its next {@code window - 1} neighbours only (sorted neighbourhood), so the pair count stays near-linear.
 * Work is split over threads by block ranges; each thread owns its {@link PairSink}.
 */
public final class CandidateGenerator {

    private static final int TASK_ENTRIES = 1 << 15;

    /** Counts for the record: pairs per rule, large blocks per rule. */
    public record Stats(long[] pairsByRule, long[] largeBlocksByRule, long skippedAsSeen) {

        public long pairs() {
            return Arrays.stream(pairsByRule).sum();
        }
    }

    private final BlockingKeys blockingKeys;
    private final int maxBlock;
    private final int window;

    public CandidateGenerator(BlockingKeys blockingKeys, int maxBlock, int window) {
        if (maxBlock < 2 || window < 2) {
            throw new IllegalArgumentException("block bound and window must be at least 2");
        }
        this.blockingKeys = blockingKeys;
        this.maxBlock = maxBlock;
        this.window = window;
    }

    /** The large keys found by the last indexing, for the model; see {@link #generate}. */
    public record Result(Stats stats, long[] largeKeys) {
    }

    public Result generate(List<PreparedRecord> records, int threads, Supplier<PairSink> sinks) {
        BlockingRule[] rules = BlockingRule.all();
        KeyIndex[] indexes = new KeyIndex[rules.length];
        IntStream.range(0, rules.length).parallel()
                .forEach(r -> indexes[r] = KeyIndex.build(rules[r], records, blockingKeys, maxBlock));

        List<int[]> tasks = new ArrayList<>(); // {rule, from, to}
        for (int r = 0; r < rules.length; r++) {
            KeyIndex index = indexes[r];
            int from = 0;
            while (from < index.sorted.length) {
                int to = Math.min(index.sorted.length, from + TASK_ENTRIES);
                if (to < index.sorted.length) {
                    to = index.runEnd(to - 1);
                }
                tasks.add(new int[] {r, from, to});
                from = to;
            }
        }
        AtomicInteger nextTask = new AtomicInteger();
        AtomicLongArray pairs = new AtomicLongArray(rules.length);
        AtomicLongArray large = new AtomicLongArray(rules.length);
        long[] skipped = new long[Math.max(1, threads)];
        Runnable[] workers = new Runnable[Math.max(1, threads)];
        for (int w = 0; w < workers.length; w++) {
            int worker = w;
            PairSink sink = sinks.get();
            workers[w] = () -> {
                Walker walker = new Walker(records, indexes, sink);
                for (int t = nextTask.getAndIncrement(); t < tasks.size(); t = nextTask.getAndIncrement()) {
                    int[] task = tasks.get(t);
                    walker.walk(task[0], task[1], task[2], pairs, large);
                }
                skipped[worker] = walker.skipped;
            };
        }
        Parallel.run(workers);
        long[] pairsByRule = new long[rules.length];
        long[] largeByRule = new long[rules.length];
        for (int r = 0; r < rules.length; r++) {
            pairsByRule[r] = pairs.get(r);
            largeByRule[r] = large.get(r);
        }
        long[] largeKeys = Arrays.stream(indexes).flatMapToLong(i -> Arrays.stream(i.largeKeys(records))).toArray();
        return new Result(new Stats(pairsByRule, largeByRule, Arrays.stream(skipped).sum()), largeKeys);
    }

    /** Walks blocks of one rule; one per thread, with its reusable buffers. */
    private final class Walker {
        private final List<PreparedRecord> records;
        private final KeyIndex[] indexes;
        private final PairSink sink;
        private long[] order = new long[64];
        long skipped;

        Walker(List<PreparedRecord> records, KeyIndex[] indexes, PairSink sink) {
            this.records = records;
            this.indexes = indexes;
            this.sink = sink;
        }

        void walk(int rule, int from, int to, AtomicLongArray pairs, AtomicLongArray large) {
            KeyIndex index = indexes[rule];
            long emitted = 0;
            for (int start = from, end; start < to; start = end) {
                end = index.runEnd(start);
                int size = end - start;
                if (size < 2) {
                    continue;
                }
                if (size <= maxBlock) {
                    for (int x = start; x < end; x++) {
                        int i = index.record(x);
                        for (int y = x + 1; y < end; y++) {
                            emitted += offer(rule, i, index.record(y));
                        }
                    }
                } else {
                    large.incrementAndGet(rule);
                    emitted += neighbourhood(rule, index, start, end);
                }
            }
            pairs.addAndGet(rule, emitted);
        }

        /** Sorted neighbourhood inside a large block: order by names, compare each with the next few. */
        private long neighbourhood(int rule, KeyIndex index, int start, int end) {
            int size = end - start;
            if (order.length < size) {
                order = new long[Integer.highestOneBit(size) << 1];
            }
            int indexBits = index.indexBits;
            int shift = Math.max(0, 40 - (63 - indexBits));
            for (int x = 0; x < size; x++) {
                int record = index.record(start + x);
                PreparedRecord r = records.get(record);
                long nameOrder = ((long) (r.familyPhonetic() & 0xFFFFF) << 20) | (r.givenPhonetic() & 0xFFFFF);
                order[x] = ((nameOrder >>> shift) << indexBits) | record;
            }
            Arrays.sort(order, 0, size);
            long mask = (1L << indexBits) - 1;
            long emitted = 0;
            for (int x = 0; x < size; x++) {
                int i = (int) (order[x] & mask);
                for (int y = x + 1; y < Math.min(size, x + window); y++) {
                    emitted += offer(rule, i, (int) (order[y] & mask));
                }
            }
            return emitted;
        }

        private int offer(int rule, int i, int j) {
            if (i == j) {
                return 0;
            }
            int a = Math.min(i, j);
            int b = Math.max(i, j);
            for (int earlier = 0; earlier < rule; earlier++) {
                if (indexes[earlier].sharesSmallKey(a, b)) {
                    skipped++;
                    return 0;
                }
            }
            sink.accept(a, b);
            return 1;
        }
    }
}
