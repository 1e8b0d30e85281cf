package org.citizenhub.core.match;

import java.util.List;
import java.util.Optional;
import org.citizenhub.core.record.SourceRecord;

/**
 * Cluster-level rules a {@link RecordMatcher} may add to pair scores, so the incremental path keeps the
 * same constraints as batch clustering: a record joins a citizen only when it conflicts with none of
 * the citizen's records and is well connected to them; two citizens merge only under the same rules.
 * Reasons are sentences without personal data.
 */
public interface MergeGuard {

    /** Why {@code incoming} may not join the citizen holding {@code members}; empty when it may. */
    Optional<String> refuseJoin(SourceRecord incoming, List<SourceRecord> members);

    /** Why the citizens holding {@code first} and {@code second} may not become one; empty when they may. */
    Optional<String> refuseMerge(List<SourceRecord> first, List<SourceRecord> second);

    /** One citizen's records regrouped from scratch: a single group when they still hold together. */
    List<List<SourceRecord>> regroup(List<SourceRecord> members);
}
