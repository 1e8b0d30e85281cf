package org.citizenhub.hub.matching;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citizenhub.core.match.MatchResult;
import org.citizenhub.core.match.MatchSettings;
import org.citizenhub.core.match.MergeGuard;
import org.citizenhub.core.match.ProbabilisticMatcher;
import org.citizenhub.core.match.RecordMatcher;
import org.citizenhub.core.match.score.MatchModel;
import org.citizenhub.core.record.SourceRecord;

/**
 * The hub's {@link RecordMatcher}: a {@link ProbabilisticMatcher} behind a reference that a newly learnt model
 * replaces in one step, so ingest, search and explanations, which all hold this one object, use the new
 * weights from their next call on. Also the {@link MergeGuard}, so the incremental path keeps the batch
 * clustering's constraints. Swap it under the ingest lock (see {@link MatchModelService}), so that one
 * record is never resolved half with the old model and half with the new.
 */
public final class SwappableMatcher implements RecordMatcher, MergeGuard {

    private final MatchSettings settings;
    private volatile ProbabilisticMatcher delegate;

    public SwappableMatcher(MatchModel model, MatchSettings settings) {
        this.settings = settings;
        this.delegate = new ProbabilisticMatcher(model, settings);
    }

    /** Uses {@code model} from now on. */
    public void use(MatchModel model) {
        delegate = new ProbabilisticMatcher(model, settings);
    }

    /** The model in use. */
    public MatchModel model() {
        return delegate.model();
    }

    /** The matcher in use now: keep it for a run of calls that must all see one model. */
    public ProbabilisticMatcher current() {
        return delegate;
    }

    @Override
    public Set<String> blockingKeys(SourceRecord record) {
        return delegate.blockingKeys(record);
    }

    @Override
    public MatchResult compare(SourceRecord a, SourceRecord b) {
        return delegate.compare(a, b);
    }

    @Override
    public double score(SourceRecord a, SourceRecord b) {
        return delegate.score(a, b);
    }

    @Override
    public Optional<String> refuseJoin(SourceRecord incoming, List<SourceRecord> members) {
        return delegate.refuseJoin(incoming, members);
    }

    @Override
    public Optional<String> refuseMerge(List<SourceRecord> first, List<SourceRecord> second) {
        return delegate.refuseMerge(first, second);
    }

    @Override
    public List<List<SourceRecord>> regroup(List<SourceRecord> members) {
        return delegate.regroup(members);
    }
}
