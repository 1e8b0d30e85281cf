package org.citizenhub.hub.profile;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MapStoreConfig;
import java.util.Optional;
import org.citizenhub.core.record.RecordKey;

/**
 * The two Hazelcast maps of the profile cache and how a member is set up for them: the Compact serializer
 * of {@link ProfileEntry} and a JDBC loader on each map. Their sizes, backups and eviction are in
 * {@code hazelcast.yaml}; a backup count below 1 is raised to 1 so that losing one member loses no entry.
 */
public final class ProfileMaps {

    /** Citizen id to {@link ProfileEntry}. */
    public static final String PROFILES = "profiles";
    /** {@code source/recordId} to citizen id. */
    public static final String RECORD_INDEX = "record-index";

    private ProfileMaps() {
    }

    /** Adds the serializer and the loaders to a member's configuration (Spring's customizer, or a test's member). */
    public static void configure(Config config, ProfileAssembler assembler) {
        config.getSerializationConfig().getCompactSerializationConfig().addSerializer(new ProfileEntrySerializer());
        attach(config.getMapConfig(PROFILES), new ProfileMapLoader(assembler));
        attach(config.getMapConfig(RECORD_INDEX), new RecordIndexMapLoader(assembler));
    }

    /** The record-index key: connector ids hold no '/', so the first '/' separates the record id, which may. */
    public static String recordKey(RecordKey key) {
        return key.sourceId() + "/" + key.recordId();
    }

    static Optional<RecordKey> parseRecordKey(String key) {
        int slash = key.indexOf('/');
        if (slash <= 0 || slash == key.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new RecordKey(key.substring(0, slash), key.substring(slash + 1)));
    }

    private static void attach(MapConfig map, Object loader) {
        if (map.getBackupCount() < 1) {
            map.setBackupCount(1);
        }
        map.setMapStoreConfig(new MapStoreConfig()
                .setEnabled(true)
                .setImplementation(loader)
                .setInitialLoadMode(MapStoreConfig.InitialLoadMode.LAZY));
    }
}
