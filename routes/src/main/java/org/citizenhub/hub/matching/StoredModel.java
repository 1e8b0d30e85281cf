package org.citizenhub.hub.matching;

import java.time.Instant;
import org.citizenhub.core.match.score.MatchModel;

/** A model as kept in {@code match_model}: when it was learnt and from how many stored records. */
public record StoredModel(long id, Instant createdAt, long recordCount, MatchModel model) {
}
