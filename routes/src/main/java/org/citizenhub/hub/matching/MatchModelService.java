package org.citizenhub.hub.matching;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.citizenhub.core.match.ProbabilisticBatchResolver;
import org.citizenhub.core.match.score.MatchModel;
import org.citizenhub.core.record.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model lifecycle: the matcher starts from the newest stored model (or the cold start), a model is learnt
 * from every stored record (the engine's own training path: generic values, EM, term frequencies, too-common
 * blocking keys), stored, and swapped in under the ingest lock so every bean holding the matcher sees it at
 * once. Learning runs on demand, and after start-up runs when there is no model yet or the records grew by
 * more than {@link MatchingSettings#retrainGrowth()} since the last one. One training at a time.
 */
public final class MatchModelService {

    /** Thrown when there are too few records to learn from. */
    public static final class TooFewRecords extends RuntimeException {
        TooFewRecords(long records, int needed) {
            super("at least " + needed + " stored records are needed to learn match weights; the hub holds " + records,
                    null, false, false);
        }
    }

    /** Thrown when a training is asked for while one is running. */
    public static final class AlreadyTraining extends RuntimeException {
        AlreadyTraining() {
            super("a match model is being trained already", null, false, false);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(MatchModelService.class);

    private final MatchModelRepository models;
    private final CanonicalRecords records;
    private final SwappableMatcher matcher;
    private final Consumer<Runnable> underIngestLock;
    private final MatchingSettings settings;
    private final Clock clock;
    private final ReentrantLock training = new ReentrantLock();
    private volatile StoredModel inUse;

    /**
     * @param underIngestLock runs a swap so that no record is being resolved meanwhile (the ingest sink's
     *                        lock; {@code Runnable::run} where nothing ingests concurrently)
     */
    public MatchModelService(MatchModelRepository models, CanonicalRecords records, SwappableMatcher matcher,
                             Consumer<Runnable> underIngestLock, MatchingSettings settings, Clock clock) {
        this.models = models;
        this.records = records;
        this.matcher = matcher;
        this.underIngestLock = underIngestLock;
        this.settings = settings;
        this.clock = clock;
    }

    /** Makes the matcher use the newest stored model, if there is one it can read; says whether there was. */
    public boolean useLatest() {
        Optional<StoredModel> latest = models.latest();
        latest.ifPresent(stored -> {
            swap(stored);
            LOG.info("Match model {} in use (learnt from {} records)", stored.id(), stored.recordCount());
        });
        return latest.isPresent();
    }

    /** The model in use, as an admin may see it. */
    public ModelSummary summary() {
        StoredModel current = inUse;
        return current == null ? ModelSummary.coldStart(matcher.model()) : ModelSummary.of(current);
    }

    /** The stored model in use; empty while the cold-start model is. */
    public Optional<StoredModel> current() {
        return Optional.ofNullable(inUse);
    }

    public MatchingSettings settings() {
        return settings;
    }

    /** Learns a model from every stored record, stores it and puts it in use. */
    public ModelSummary train() {
        if (!training.tryLock()) {
            throw new AlreadyTraining();
        }
        try {
            long count = records.count();
            if (count < settings.minTrainingRecords()) {
                throw new TooFewRecords(count, settings.minTrainingRecords());
            }
            long start = System.nanoTime();
            List<SourceRecord> population = records.loadAll();
            MatchModel model = new ProbabilisticBatchResolver(settings.engine()).resolveDetailed(population).model();
            int size = population.size();
            population = null; // let the records go before the model is written
            StoredModel stored = adopt(model, size);
            LOG.info("Match model {} learnt from {} records in {} ms", stored.id(), size, (System.nanoTime() - start) / 1_000_000);
            return ModelSummary.of(stored);
        } finally {
            training.unlock();
        }
    }

    /**
     * Trains when there is no stored model yet or the stored records grew by more than the configured share
     * since the last one; does nothing below the minimum number of records. Says whether it trained.
     */
    public boolean trainIfDue() {
        long count = records.count();
        if (count < settings.minTrainingRecords()) {
            return false;
        }
        Optional<MatchModelRepository.Info> last = models.latestInfo();
        boolean due = last.isEmpty() || count > last.get().recordCount() * (1 + settings.retrainGrowth());
        if (!due) {
            return false;
        }
        try {
            train();
            return true;
        } catch (AlreadyTraining e) {
            return false;
        }
    }

    /** Stores a model learnt elsewhere (a batch first load) and puts it in use. */
    public StoredModel adopt(MatchModel model, long recordCount) {
        StoredModel stored = models.save(model, recordCount, clock.instant());
        swap(stored);
        return stored;
    }

    private void swap(StoredModel stored) {
        underIngestLock.accept(() -> {
            matcher.use(stored.model());
            inUse = stored;
        });
    }
}
