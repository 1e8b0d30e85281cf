package org.citizenhub.hub.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.citizenhub.core.record.RecordKey;

/**
 * One caseworker decision, as kept in the history. {@code citizenId} is the citizen acted on (the survivor of
 * a merge, the citizen a record left); {@code otherCitizenId} the absorbed or newly minted one;
 * {@code record} and {@code otherRecord} the records concerned, where the decision is about records.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Decision(Long id, DecisionAction action, String citizenId, String otherCitizenId, RecordKey record,
                       RecordKey otherRecord, Long reviewItemId, String actor, String reason, Instant decidedAt) {

    public Decision withId(long newId) {
        return new Decision(newId, action, citizenId, otherCitizenId, record, otherRecord, reviewItemId, actor, reason,
                decidedAt);
    }
}
