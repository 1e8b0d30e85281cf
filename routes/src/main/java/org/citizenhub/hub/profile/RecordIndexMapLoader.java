package org.citizenhub.hub.profile;

import com.hazelcast.map.MapLoader;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Loads a missing {@code record-index} entry (source/recordId to citizen id) from the record's link row. */
public final class RecordIndexMapLoader implements MapLoader<String, String> {

    private final ProfileSource database;

    public RecordIndexMapLoader(ProfileSource database) {
        this.database = database;
    }

    @Override
    public String load(String key) {
        return ProfileMaps.parseRecordKey(key).flatMap(database::citizenOf).orElse(null);
    }

    @Override
    public Map<String, String> loadAll(Collection<String> keys) {
        Map<String, String> loaded = new HashMap<>();
        for (String key : keys) {
            String citizenId = load(key);
            if (citizenId != null) {
                loaded.put(key, citizenId);
            }
        }
        return loaded;
    }

    @Override
    public Iterable<String> loadAllKeys() {
        return null;
    }
}
