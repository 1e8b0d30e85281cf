package org.citizenhub.hub.identity;

import java.util.Set;

/**
 * Follows committed changes to citizens: the profile cache. Called after the commit, outside the change's
 * transaction, never for a change that rolled back. Each method answers whether the follower has caught up;
 * false (or an exception) leaves the change in the {@link ProfileOutbox}, where a sweeper hands it over again.
 * Both must be idempotent: a change may be handed over more than once (by the live path and by a sweeper).
 */
public interface CitizenChangeListener {

    /** Follows nothing: ingest then writes no outbox rows (the batch command, store tests). */
    CitizenChangeListener NONE = new CitizenChangeListener() {
        @Override
        public boolean citizensChanged(Set<String> citizenIds) {
            return true;
        }

        @Override
        public boolean everythingChanged() {
            return true;
        }
    };

    /** These citizens' records or links changed (an absorbed id among them now redirects). */
    boolean citizensChanged(Set<String> citizenIds);

    /** A bulk job changed any number of citizens: nothing known about any citizen can be trusted any more. */
    boolean everythingChanged();
}
