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

    /**
     * The profile of the record's citizen, checked against the profile's own list of records: an index entry
     * can outlive its link (the record was deleted, or moved by a change whose refresh never reached this
     * entry). Then the entry is dropped and loaded again from the link rows, once.
     */
    @Override
    public Optional<ResolvedProfile> resolve(RecordKey record) {
        Optional<ResolvedProfile> found = ProfileSource.super.resolve(record);
        if (found.isEmpty() || ProfileRecords.lists(found.get().json(), record)) {
            return found;
        }
        recordIndex.evict(ProfileMaps.recordKey(record));
        return ProfileSource.super.resolve(record).filter(profile -> ProfileRecords.lists(profile.json(), record));
    }
}
