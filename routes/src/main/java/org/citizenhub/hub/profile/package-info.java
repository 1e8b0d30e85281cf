/**
 * The merged citizen profile: the golden record of each citizen (survivorship, provenance, conflicts) as a
 * JSON document, held in the Hazelcast maps {@code profiles} (citizen id to profile, or to a redirect for an
 * absorbed id) and {@code record-index} (source record to citizen id). The database stays the system of
 * record: both maps load a missing entry from it ({@link org.citizenhub.hub.profile.ProfileMapLoader},
 * {@link org.citizenhub.hub.profile.RecordIndexMapLoader}), and {@link org.citizenhub.hub.profile.ProfileRefresher}
 * recomputes and replaces the entries of the citizens a change touched, once the change has committed. Changes
 * reach it through the profile outbox ({@link org.citizenhub.hub.identity.ProfileOutbox}, written in the change's
 * transaction), so a member that dies between commit and refresh leaves a note that
 * {@link org.citizenhub.hub.profile.ProfileOutboxSweeper} on any member picks up; after a batch job the cache is
 * cleared instead of refreshed citizen by citizen.
 * Survivorship rules come from {@code hub.survivorship} and are checked at start-up.
 */
package org.citizenhub.hub.profile;
