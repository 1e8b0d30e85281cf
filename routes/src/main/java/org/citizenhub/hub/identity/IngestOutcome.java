package org.citizenhub.hub.identity;

import java.util.Set;

/**
 * What ingesting one record did. {@code citizenId} is the citizen the record is linked to afterwards;
 * {@code absorbed} the citizens merged into it by this record (empty unless {@code kind} is MERGED).
 */
public record IngestOutcome(Kind kind, String citizenId, Set<String> absorbed) {

    public enum Kind {
        /** Same content as stored: nothing changed. */
        UNCHANGED,
        /** No citizen matched: a new one was minted (or a record alone on its citizen kept it). */
        NEW_CITIZEN,
        /** Linked to the one citizen it matched. */
        LINKED,
        /** Matched several citizens and merged them into the oldest. */
        MERGED,
        /** The record's link was set by a caseworker: the record was stored, the link left alone. */
        MANUAL_KEPT,
        /**
         * First load in batch mode: the record was stored (with its keys) but not matched; the batch resolution at
         * the end of the load links it. No citizen yet ({@code citizenId} is null).
         */
        DEFERRED
    }

    public IngestOutcome {
        absorbed = Set.copyOf(absorbed);
    }

    static IngestOutcome of(Kind kind, String citizenId) {
        return new IngestOutcome(kind, citizenId, Set.of());
    }
}
