package org.citizenhub.hub.identity;

import java.util.Set;
import org.citizenhub.core.match.Resolution;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;

/**
 * Lets casework take part in ingest, inside the record's transaction and under the ingest lock: keep the
 * search index in step with stored records, narrow a resolution by caseworkers' "keep apart" decisions
 * before any link is written, keep the evidence and review items of what was decided, and close the review
 * items of a record its source deleted.
 */
public interface ResolutionHook {

    /** Does nothing: the resolver's decision stands. */
    ResolutionHook NONE = new ResolutionHook() {
    };

    /** A record was stored with new or changed content (whatever its link). */
    default void stored(SourceRecord record) {
    }

    /** The resolution ingest acts on; by default the resolver's own. Called before any link is written. */
    default Resolution review(SourceRecord record, Resolution resolution) {
        return resolution;
    }

    /** The record's automatic link was written as {@code outcome} says, following {@code resolution}. */
    default void resolved(SourceRecord record, Resolution resolution, IngestOutcome outcome) {
    }

    /**
     * The record was deleted by its source: its keys and link are gone and its former citizen was regrouped.
     * Answers the citizens whose links the hook changed in turn (their cached profiles are then refreshed too).
     */
    default Set<String> deleted(RecordKey record) {
        return Set.of();
    }
}
