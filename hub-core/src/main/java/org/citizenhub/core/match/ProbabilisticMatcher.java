package org.citizenhub.core.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citizenhub.core.match.block.BlockingRule;
import org.citizenhub.core.match.cluster.Clusterer;
import org.citizenhub.core.match.cluster.Conflict;
import org.citizenhub.core.match.cluster.ScoredPairs;
import org.citizenhub.core.match.compare.Field;
import org.citizenhub.core.match.explain.Sentences;
import org.citizenhub.core.match.prepare.LongSet;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.match.score.DefaultModel;
import org.citizenhub.core.match.score.MatchModel;
import org.citizenhub.core.match.score.Scorer;
import org.citizenhub.core.match.score.Thresholds;
import org.citizenhub.core.record.SourceRecord;

/**
 * The probabilistic engine one record at a time, for the hub's ingest: blocking keys (minus those the
 * trained model found too common) and a scored, explained comparison using the model's weights, term
 * frequencies and generic values. Each {@link FieldComparison} carries the level, the weight and a
 * sentence without personal data. As a {@link MergeGuard} it keeps the batch clustering's constraints
 * on the incremental path. Thread-safe.
 */
public final class ProbabilisticMatcher implements RecordMatcher, MergeGuard {

    private final MatchEngine engine;
    private final MatchSettings settings;
    private final LongSet largeKeys;
    private final PreparedCache cache = new PreparedCache(1024);

    /** Cold start: the default model, before any population has been seen. */
    public ProbabilisticMatcher() {
        this(DefaultModel.create(), MatchSettings.standard());
    }

    public ProbabilisticMatcher(MatchModel model) {
        this(model, MatchSettings.standard());
    }

    public ProbabilisticMatcher(MatchModel model, MatchSettings settings) {
        this.engine = MatchEngine.of(model, settings);
        this.settings = settings;
        this.largeKeys = LongSet.of(model.largeBlockingKeys());
    }

    public MatchModel model() {
        return engine.model();
    }

    public PreparedRecord prepare(SourceRecord record) {
        return cache.get(record, engine.preparer()::prepare);
    }

    @Override
    public Set<String> blockingKeys(SourceRecord record) {
        PreparedRecord prepared = prepare(record);
        Set<String> keys = new LinkedHashSet<>();
        for (BlockingRule rule : BlockingRule.all()) {
            engine.blockingKeys().keys(rule, prepared, key -> {
                if (!largeKeys.contains(key)) {
                    keys.add("k" + rule.ordinal() + ":" + Long.toHexString(key));
                }
            });
        }
        return keys;
    }

    @Override
    public MatchResult compare(SourceRecord a, SourceRecord b) {
        return compare(prepare(a), prepare(b));
    }

    /** The match weight of two records (prior included) without the per-field explanation: for bulk work. */
    @Override
    public double score(SourceRecord a, SourceRecord b) {
        return engine.scorer().score(prepare(a), prepare(b));
    }

    /** The scored, explained comparison of two prepared records. */
    public MatchResult compare(PreparedRecord a, PreparedRecord b) {
        Scorer scorer = engine.scorer();
        List<FieldComparison> fields = new ArrayList<>(Field.count() + 2);
        double total = scorer.prior();
        fields.add(new FieldComparison("prior", "baseRate", total,
                Sentences.prior(engine.model().matchProbability(), total)));
        for (Field field : Field.all()) {
            int f = field.ordinal();
            int level = engine.comparators().compare(f, a, b);
            double weight = scorer.weight(f, level, a, b);
            total += weight;
            fields.add(new FieldComparison(field.key(), field.level(level), weight,
                    Sentences.of(field, level, weight, scorer.baseWeight(f, level))));
        }
        Conflict conflict = engine.conflicts().between(a, b);
        Thresholds thresholds = engine.model().thresholds();
        LinkState state;
        if (conflict != Conflict.NONE) {
            fields.add(new FieldComparison("constraint", conflict.name(), 0, conflict.explanation()));
            state = conflict != Conflict.DIFFERENT_NATIONAL_IDS && total >= thresholds.possible()
                    ? LinkState.POSSIBLE_MATCH : LinkState.NO_MATCH;
        } else if (total >= thresholds.link()) {
            state = LinkState.MATCH;
        } else {
            state = total >= thresholds.possible() ? LinkState.POSSIBLE_MATCH : LinkState.NO_MATCH;
        }
        return new MatchResult(state, total, fields);
    }

    @Override
    public Optional<String> refuseJoin(SourceRecord incoming, List<SourceRecord> members) {
        return refuse(List.of(incoming), members);
    }

    @Override
    public Optional<String> refuseMerge(List<SourceRecord> first, List<SourceRecord> second) {
        return refuse(first, second);
    }

    @Override
    public List<List<SourceRecord>> regroup(List<SourceRecord> members) {
        List<PreparedRecord> prepared = members.stream().map(this::prepare).toList();
        Scorer scorer = engine.scorer();
        ScoredPairs pairs = new ScoredPairs();
        for (int i = 0; i < prepared.size(); i++) {
            for (int j = i + 1; j < prepared.size(); j++) {
                pairs.add(i, j, (float) scorer.score(prepared.get(i), prepared.get(j)));
            }
        }
        Clusterer.Result result = new Clusterer(scorer, engine.conflicts(), engine.model().thresholds(),
                settings.clustering()).cluster(prepared, pairs);
        List<List<SourceRecord>> groups = new ArrayList<>();
        int[] slot = new int[members.size()];
        java.util.Arrays.fill(slot, -1);
        for (int i = 0; i < members.size(); i++) {
            int root = result.clusterOf()[i];
            if (slot[root] < 0) {
                slot[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(slot[root]).add(members.get(i));
        }
        return groups;
    }

    /** The batch clustering's merge rule between two groups of records. */
    private Optional<String> refuse(List<SourceRecord> first, List<SourceRecord> second) {
        Scorer scorer = engine.scorer();
        double sum = 0;
        int pairs = 0;
        for (SourceRecord x : first) {
            PreparedRecord a = prepare(x);
            for (SourceRecord y : second) {
                PreparedRecord b = prepare(y);
                Conflict conflict = engine.conflicts().between(a, b);
                if (conflict != Conflict.NONE) {
                    return Optional.of(conflict.explanation());
                }
                double weight = scorer.score(a, b);
                if (weight < settings.clustering().minPairWeight()) {
                    return Optional.of("One pair of records is decidedly two people (match weight "
                            + Sentences.signed(weight) + ").");
                }
                sum += weight;
                pairs++;
            }
        }
        double mean = pairs == 0 ? Double.POSITIVE_INFINITY : sum / pairs;
        if (mean < engine.model().thresholds().clusterMean()) {
            return Optional.of("The record is weakly connected to the citizen's records (mean match weight "
                    + Sentences.signed(mean) + "), so a chain of pairs must not merge them.");
        }
        return Optional.empty();
    }
}
