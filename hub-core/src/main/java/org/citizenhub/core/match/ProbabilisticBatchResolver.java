package org.citizenhub.core.match;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.citizenhub.core.match.block.CandidateGenerator;
import org.citizenhub.core.match.block.Parallel;
import org.citizenhub.core.match.cluster.Clusterer;
import org.citizenhub.core.match.cluster.ScoredPairs;
import org.citizenhub.core.match.prepare.GenericValueDetector;
import org.citizenhub.core.match.prepare.GenericValues;
import org.citizenhub.core.match.prepare.Lexicons;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.match.prepare.RecordPreparer;
import org.citizenhub.core.match.score.FrequencyTables;
import org.citizenhub.core.match.score.MatchModel;
import org.citizenhub.core.match.score.ModelTrainer;
import org.citizenhub.core.match.score.Scorer;
import org.citizenhub.core.normalise.NationalIds;
import org.citizenhub.core.normalise.NationalIds.CheckScheme;
import org.citizenhub.core.normalise.PhoneNormaliser;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;

/**
 * The probabilistic engine for a whole population: prepare every record once (in parallel), find the
 * generic values, train the model on the population itself (or use a given one), generate candidate
 * pairs by multi-rule blocking, score them, and cluster with conflict and linkage checks. Primitive
 * arrays and int record indexes throughout; no object per candidate pair.
 */
public final class ProbabilisticBatchResolver implements BatchResolver {

    private static final System.Logger LOG = System.getLogger(ProbabilisticBatchResolver.class.getName());

    private final MatchSettings settings;
    private final MatchModel givenModel;

    public ProbabilisticBatchResolver() {
        this(MatchSettings.standard());
    }

    /** Trains a model on every population it resolves. */
    public ProbabilisticBatchResolver(MatchSettings settings) {
        this(settings, null);
    }

    /** Uses {@code model} as is (no training); its generic values and term frequencies apply. */
    public ProbabilisticBatchResolver(MatchSettings settings, MatchModel model) {
        this.settings = settings;
        this.givenModel = model;
    }

    @Override
    public List<List<RecordKey>> resolve(List<SourceRecord> records) {
        return resolveDetailed(records).clusters();
    }

    public BatchResult resolveDetailed(List<SourceRecord> records) {
        Map<String, Long> millis = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        long start = System.nanoTime();
        CheckScheme scheme = givenModel != null ? CheckScheme.valueOf(givenModel.idScheme()) : detectScheme(records);
        Lexicons lexicons = Lexicons.standard();
        GenericValues knownGeneric = givenModel != null ? givenModel.generic().toValues() : GenericValues.none();
        RecordPreparer preparer = new RecordPreparer(lexicons, new PhoneNormaliser(settings.phoneRegion()), scheme, knownGeneric);
        List<PreparedRecord> prepared = prepare(records, preparer);
        start = lap(millis, "prepare", start);

        MatchModel model;
        FrequencyTables frequencies;
        if (givenModel == null) {
            GenericValues generic = new GenericValueDetector(settings.genericBounds()).detect(prepared);
            if (!generic.isEmpty()) {
                prepared.replaceAll(r -> RecordPreparer.withoutGeneric(r, generic));
            }
            counts.put("genericValues", (long) generic.size());
            start = lap(millis, "generic", start);
            frequencies = FrequencyTables.count(prepared, lexicons);
            MatchEngine forTraining = MatchEngine.of(org.citizenhub.core.match.score.DefaultModel.create(scheme), settings,
                    lexicons, frequencies);
            model = new ModelTrainer(lexicons, forTraining.comparators(), scheme, settings.training())
                    .train(prepared, frequencies).withGeneric(generic);
            start = lap(millis, "train", start);
        } else {
            model = givenModel;
            frequencies = FrequencyTables.from(model.termFrequencies(), lexicons);
        }
        MatchEngine engine = MatchEngine.of(model, settings, lexicons, frequencies);

        Scorer scorer = engine.scorer();
        float possible = (float) model.thresholds().possible();
        List<ScoredPairs> sinks = new ArrayList<>();
        CandidateGenerator generator = new CandidateGenerator(engine.blockingKeys(), settings.maxBlock(), settings.window());
        CandidateGenerator.Result candidates = generator.generate(prepared, settings.threads(), () -> {
            ScoredPairs mine = new ScoredPairs();
            synchronized (sinks) {
                sinks.add(mine);
            }
            return (a, b) -> {
                double score = scorer.score(prepared.get(a), prepared.get(b));
                if (score >= possible) {
                    mine.add(a, b, (float) score);
                }
            };
        });
        ScoredPairs scored = new ScoredPairs();
        sinks.forEach(scored::addAll);
        counts.put("candidatePairs", candidates.stats().pairs());
        counts.put("pairsSkippedAsSeen", candidates.stats().skippedAsSeen());
        counts.put("largeBlocks", Arrays.stream(candidates.stats().largeBlocksByRule()).sum());
        counts.put("scoredPairsAbovePossible", (long) scored.size());
        model = model.withLargeBlockingKeys(candidates.largeKeys());
        start = lap(millis, "blockAndScore", start);

        Clusterer.Result clustered = new Clusterer(scorer, engine.conflicts(), model.thresholds(), settings.clustering())
                .cluster(prepared, scored);
        counts.put("merges", clustered.merges());
        counts.put("mergesRefusedByConflict", clustered.refusedByConflict());
        counts.put("mergesRefusedByLinkage", clustered.refusedByLinkage());
        List<List<RecordKey>> clusters = clusters(records, clustered.clusterOf());
        List<BatchResult.PossibleMatch> review = possibleMatches(records, clustered.possibleMatches());
        counts.put("records", (long) records.size());
        counts.put("clusters", (long) clusters.size());
        counts.put("possibleMatches", (long) review.size());
        lap(millis, "cluster", start);
        LOG.log(Level.INFO, () -> "Resolved " + records.size() + " records into " + clusters.size() + " citizens: " + counts
                + " in ms " + millis);
        return new BatchResult(clusters, review, model, counts, millis);
    }

    private List<PreparedRecord> prepare(List<SourceRecord> records, RecordPreparer preparer) {
        PreparedRecord[] out = new PreparedRecord[records.size()];
        AtomicInteger next = new AtomicInteger();
        int chunk = 4096;
        Runnable[] workers = new Runnable[settings.threads()];
        Arrays.fill(workers, (Runnable) () -> {
            for (int from = next.getAndAdd(chunk); from < out.length; from = next.getAndAdd(chunk)) {
                for (int i = from; i < Math.min(out.length, from + chunk); i++) {
                    out[i] = preparer.prepare(records.get(i));
                }
            }
        });
        Parallel.run(workers);
        return new ArrayList<>(Arrays.asList(out));
    }

    /** The population's id check scheme, from its ids: Luhn or mod 11 when nearly all ids pass it. */
    static CheckScheme detectScheme(List<SourceRecord> records) {
        List<String> ids = new ArrayList<>();
        int step = Math.max(1, records.size() / 50_000);
        for (int i = 0; i < records.size(); i += step) {
            NationalIds.valid(records.get(i).nationalId()).ifPresent(ids::add);
        }
        return NationalIds.detectScheme(ids);
    }

    private static List<List<RecordKey>> clusters(List<SourceRecord> records, int[] clusterOf) {
        int n = records.size();
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        List<List<RecordKey>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = clusterOf[i];
            if (slot[root] < 0) {
                slot[root] = clusters.size();
                clusters.add(new ArrayList<>(2));
            }
            clusters.get(slot[root]).add(records.get(i).key());
        }
        return clusters;
    }

    private static List<BatchResult.PossibleMatch> possibleMatches(List<SourceRecord> records, ScoredPairs pairs) {
        List<BatchResult.PossibleMatch> out = new ArrayList<>(pairs.size());
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int p = 0; p < pairs.size(); p++) {
            long id = ((long) pairs.first(p) << 32) | pairs.second(p);
            if (seen.add(id)) {
                out.add(new BatchResult.PossibleMatch(records.get(pairs.first(p)).key(), records.get(pairs.second(p)).key(),
                        pairs.score(p)));
            }
        }
        return out;
    }

    private static long lap(Map<String, Long> millis, String phase, long start) {
        long now = System.nanoTime();
        millis.put(phase, (now - start) / 1_000_000);
        return now;
    }

    /** The settings in use. */
    public MatchSettings settings() {
        return settings;
    }

    /** The model given at construction, if any. */
    public Optional<MatchModel> model() {
        return Optional.ofNullable(givenModel);
    }
}
