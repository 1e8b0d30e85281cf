package org.citizenhub.hub.profile;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.identity.CitizenChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes the profiles of citizens whose linked records changed and replaces their cache entries: a live
 * citizen gets its new profile (and its records' record-index entries), an id merged away gets a redirect,
 * an unknown id loses its entry. It follows ingest and casework as their {@link CitizenChangeListener}: told
 * after each committed change (new, changed, merged, re-linked and deleted records, replayed dead letters,
 * manual decisions) through the profile outbox, and again by {@link ProfileOutboxSweeper} for changes a member
 * did not get to; after a bulk job it drops every entry instead.
 * <p>
 * Each entry is rebuilt under the map's lock on its key, so of two members refreshing one citizen the later
 * always reads the later state, and refreshing twice does no harm.
 */
public final class ProfileRefresher implements CitizenChangeListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileRefresher.class);
    private static final long LOCK_LEASE_SECONDS = 60;

    private final ProfileAssembler assembler;
    private final IMap<String, ProfileEntry> profiles;
    private final IMap<String, String> recordIndex;

    public ProfileRefresher(ProfileAssembler assembler, HazelcastInstance hazelcast) {
        this.assembler = assembler;
        this.profiles = hazelcast.getMap(ProfileMaps.PROFILES);
        this.recordIndex = hazelcast.getMap(ProfileMaps.RECORD_INDEX);
    }

    /**
     * Recomputes these citizens' entries now (the change has committed). True when every entry agrees with the
     * database: rebuilt, or dropped so that the next read loads it; false when the cluster could not be reached.
     */
    @Override
    public boolean citizensChanged(Set<String> citizenIds) {
        int failed = 0;
        for (String id : citizenIds) {
            if (!refreshOne(id)) {
                failed++;
            }
        }
        if (failed > 0) {
            LOG.warn("{} of {} profile(s) could not be refreshed: the profile cache was not reachable", failed, citizenIds.size());
        }
        return failed == 0;
    }

    /** Drops every entry of both maps (a bulk job changed any number of citizens); each loads again on its next read. */
    @Override
    public boolean everythingChanged() {
        try {
            profiles.evictAll();
            recordIndex.evictAll();
            LOG.info("Profile cache cleared after a bulk change");
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Profile cache not cleared: {}", e.getClass().getName());
            return false;
        }
    }

    /** False when the entry may still be stale: it could be neither rebuilt nor dropped. */
    private boolean refreshOne(String citizenId) {
        try {
            profiles.lock(citizenId, LOCK_LEASE_SECONDS, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            // the member is shutting down or cut off: the committed change stays in the database and the outbox
            LOG.debug("Profile cache not reachable for a refresh: {}", e.getClass().getName());
            return false;
        }
        try {
            Optional<ProfileAssembler.Assembled> built = assembler.assemble(citizenId);
            if (built.isEmpty()) {
                profiles.evict(citizenId);
                return true;
            }
            profiles.set(citizenId, built.get().entry());
            Map<String, String> index = new LinkedHashMap<>();
            for (RecordKey record : built.get().records()) {
                index.put(ProfileMaps.recordKey(record), citizenId);
            }
            if (!index.isEmpty()) {
                recordIndex.setAll(index);
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Profile rebuild failed, entry dropped to load again on its next read: {}", e.getClass().getName());
            return evictQuietly(citizenId);
        } finally {
            try {
                profiles.unlock(citizenId);
            } catch (RuntimeException e) {
                LOG.debug("Profile lock not released: {}", e.getClass().getName());
            }
        }
    }

    private boolean evictQuietly(String citizenId) {
        try {
            profiles.evict(citizenId);
            return true;
        } catch (RuntimeException e) {
            LOG.debug("Profile entry not evicted: {}", e.getClass().getName());
            return false;
        }
    }
}
