/**
 * Casework: what a caseworker does with the hub's identities. Search by partial, misspelt input
 * ({@link org.citizenhub.hub.casework.CitizenSearch} over a search-key index of its own, scored by the
 * {@link org.citizenhub.core.match.RecordMatcher}); why records are linked
 * ({@link org.citizenhub.hub.casework.CitizenExplainer}, from the evidence kept at link time); manual
 * link and unlink with a reason ({@link org.citizenhub.hub.casework.ManualDecisions}, kept as history, with
 * "keep apart" constraints that ingest honours); and the review queue of possible matches
 * ({@link org.citizenhub.hub.casework.ReviewQueue}). {@link org.citizenhub.hub.casework.CaseworkIngestHook}
 * ties them into ingest.
 */
package org.citizenhub.hub.casework;
