package org.citizenhub.hub.identity;

import java.time.Instant;

/** A citizen row. {@code mergedInto} is set when this citizen was merged into another: its id redirects there. */
public record Citizen(String id, Instant createdAt, String mergedInto) {

    public boolean isMerged() {
        return mergedInto != null;
    }
}
