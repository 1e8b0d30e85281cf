package org.citizenhub.hub.profile;

import java.util.Optional;
import org.citizenhub.core.record.RecordKey;

/** Where profiles are read from: the Hazelcast maps in the application, the database directly in tests and tools. */
public interface ProfileSource {

    /** The entry stored under this citizen id (a profile or a redirect); empty when the id is unknown. */
    Optional<ProfileEntry> entry(String citizenId);

    /** The citizen a source record is linked to; empty when the record is unknown or unlinked. */
    Optional<String> citizenOf(RecordKey record);

    /** The profile an id stands for, following a redirect (one hop, at most a few for safety). */
    default Optional<ResolvedProfile> resolve(String requestedId) {
        String id = requestedId;
        for (int hop = 0; hop < 4; hop++) {
            Optional<ProfileEntry> entry = entry(id);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            if (!entry.get().isRedirect()) {
                return Optional.of(new ResolvedProfile(requestedId, id, entry.get().json()));
            }
            id = entry.get().mergedInto();
        }
        return Optional.empty();
    }

    /** The profile of the citizen a source record is linked to. */
    default Optional<ResolvedProfile> resolve(RecordKey record) {
        return citizenOf(record).flatMap(this::resolve)
                .map(p -> new ResolvedProfile(p.citizenId(), p.citizenId(), p.json()));
    }
}
