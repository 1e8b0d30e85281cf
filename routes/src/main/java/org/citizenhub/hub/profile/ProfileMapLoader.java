package org.citizenhub.hub.profile;

import com.hazelcast.map.MapLoader;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads a missing {@code profiles} entry by rebuilding it from the database (source records, links,
 * citizens). A loader, not a store: the writes that matter (records, links, merges) are committed by ingest
 * and casework in their own transactions before the cache hears of them, so there is nothing left to write
 * back, and a profile table beside them could only drift from them. Keys are never preloaded.
 */
public final class ProfileMapLoader implements MapLoader<String, ProfileEntry> {

    private final ProfileAssembler assembler;

    public ProfileMapLoader(ProfileAssembler assembler) {
        this.assembler = assembler;
    }

    @Override
    public ProfileEntry load(String citizenId) {
        return assembler.entry(citizenId).orElse(null);
    }

    @Override
    public Map<String, ProfileEntry> loadAll(Collection<String> citizenIds) {
        Map<String, ProfileEntry> loaded = new HashMap<>();
        for (String id : citizenIds) {
            assembler.entry(id).ifPresent(entry -> loaded.put(id, entry));
        }
        return loaded;
    }

    /** Nothing is loaded up front: a member starts at once and fills on demand. */
    @Override
    public Iterable<String> loadAllKeys() {
        return null;
    }
}
