package org.citizenhub.hub.casework;

import java.util.Set;

/**
 * Told, after a caseworker's decision is committed, which citizens it changed, so cached profiles are
 * recomputed (and an absorbed id's entry replaced by its redirect).
 */
@FunctionalInterface
public interface CitizensChanged {

    CitizensChanged NONE = ids -> {
    };

    void changed(Set<String> citizenIds);
}
