package org.citizenhub.hub.profile;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.Optional;
import org.citizenhub.core.record.RecordKey;

/** Reads profiles from the cluster's maps; a miss loads from the database through the maps' loaders. */
public final class ProfileCache implements ProfileSource {

    private final IMap<String, ProfileEntry> profiles;
    private final IMap<String, String> recordIndex;

    public ProfileCache(HazelcastInstance hazelcast) {
        this.profiles = hazelcast.getMap(ProfileMaps.PROFILES);
        this.recordIndex = hazelcast.getMap(ProfileMaps.RECORD_INDEX);
    }

    @Override
    public Optional<ProfileEntry> entry(String citizenId) {
        return Optional.ofNullable(profiles.get(citizenId));
    }

    @Override
    public Optional<String> citizenOf(RecordKey record) {
        return Optional.ofNullable(recordIndex.get(ProfileMaps.recordKey(record)));
    }
}
