package org.citizenhub.hub.casework;

/** Where a review item stands. */
public enum ReviewStatus {
    /** Waiting for a caseworker. */
    OPEN,
    /** A caseworker said the two records are one person. */
    ACCEPTED,
    /** A caseworker said the two records are two people. */
    REJECTED,
    /** Settled otherwise: another decision, or a change of the records, made it moot. */
    SUPERSEDED,
    /** A record of the pair was deleted by its source: nothing is left to decide (reopened if it is read again). */
    OBSOLETE
}
