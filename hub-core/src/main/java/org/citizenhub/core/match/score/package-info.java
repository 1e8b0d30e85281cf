/**
 * Fellegi-Sunter scoring: the serialisable {@link org.citizenhub.core.match.score.MatchModel} (m and u per
 * field level, prior, thresholds, term frequencies, generic values), its training without labels
 * ({@link org.citizenhub.core.match.score.ModelTrainer}: u from random pairs, m by expectation
 * maximisation) and the {@link org.citizenhub.core.match.score.Scorer}.
 */
package org.citizenhub.core.match.score;
