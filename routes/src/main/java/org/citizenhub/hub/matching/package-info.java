/**
 * The probabilistic matching engine wired into the hub: the matcher every bean shares
 * ({@link org.citizenhub.hub.matching.SwappableMatcher}, swapped atomically when a new model is learnt), the
 * models learnt from the stored records and kept in {@code match_model}
 * ({@link org.citizenhub.hub.matching.MatchModelService}), and batch mode for first loads: records stored
 * without per-record matching, then resolved all at once by the engine's batch resolver and written in bulk
 * ({@link org.citizenhub.hub.matching.BatchResolution}), run by one member only when several share a database
 * ({@link org.citizenhub.hub.matching.FirstLoadClaim}). Nothing here logs personal data: counts, ids of models
 * and names of members only.
 */
package org.citizenhub.hub.matching;
