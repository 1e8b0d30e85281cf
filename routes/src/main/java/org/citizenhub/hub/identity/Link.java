package org.citizenhub.hub.identity;

import java.time.Instant;
import org.citizenhub.core.match.LinkOrigin;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.record.RecordKey;

/** The link of one source record to its citizen: how sure ({@code state}, {@code score}) and who decided. */
public record Link(RecordKey record, String citizenId, LinkState state, Double score, LinkOrigin origin, Instant updatedAt) {

    public boolean isManual() {
        return origin == LinkOrigin.MANUAL;
    }
}
