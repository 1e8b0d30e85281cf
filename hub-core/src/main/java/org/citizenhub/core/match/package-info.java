/**
 * Identity resolution: which source records are the same citizen. {@link org.citizenhub.core.match.RecordMatcher}
 * is the engine's contract (blocking keys plus a scored, explained pair comparison);
 * {@link org.citizenhub.core.match.IdentityResolver} turns comparisons against already-linked records into a decision.
 * The probabilistic engine: {@link org.citizenhub.core.match.ProbabilisticBatchResolver} for a whole population,
 * {@link org.citizenhub.core.match.ProbabilisticMatcher} one record at a time (see hub-core/ENGINE.md).
 */
package org.citizenhub.core.match;
