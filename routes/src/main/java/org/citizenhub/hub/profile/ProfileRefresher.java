package org.citizenhub.hub.profile;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.citizenhub.core.record.RecordKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Recomputes the profiles of citizens whose linked records changed and replaces their cache entries: a live
 * citizen gets its new profile (and its records' record-index entries), an id merged away gets a redirect,
 * an unknown id loses its entry. Ingest calls it for every change it commits (new, changed, merged and
 * re-linked records, replayed dead letters); casework calls it after a manual link or unlink.
 * <p>
 * Called inside a transaction, it waits for the commit: the database is read afresh, so it must see the
 * change, and a rolled-back change must not reach the cache. Each entry is rebuilt under the map's lock on
 * its key, so of two members refreshing one citizen the later always reads the later state.
 */
public final class ProfileRefresher {

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

    /** Recomputes these citizens' entries, now or, inside a transaction, once it has committed. */
    public void refresh(Set<String> citizenIds) {
        if (citizenIds == null || citizenIds.isEmpty()) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>(citizenIds);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refreshNow(ids);
                }
            });
        } else {
            refreshNow(ids);
        }
    }

    private void refreshNow(Set<String> ids) {
        int failed = 0;
        for (String id : ids) {
            if (!refreshOne(id)) {
                failed++;
            }
        }
        if (failed > 0) {
            LOG.warn("{} of {} profile(s) could not be rebuilt; their entries were dropped and load again on the next read",
                    failed, ids.size());
        }
    }

    /** False when the entry could not be rebuilt; then it is dropped, so the next read loads it afresh. */
    private boolean refreshOne(String citizenId) {
        try {
            profiles.lock(citizenId, LOCK_LEASE_SECONDS, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            // the member is shutting down or cut off: the committed change stays in the database
            LOG.warn("Profile cache not reachable for a refresh: {}", e.getClass().getName());
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
            LOG.warn("Profile rebuild failed: {}", e.getClass().getName());
            evictQuietly(citizenId);
            return false;
        } finally {
            try {
                profiles.unlock(citizenId);
            } catch (RuntimeException e) {
                LOG.debug("Profile lock not released: {}", e.getClass().getName());
            }
        }
    }

    private void evictQuietly(String citizenId) {
        try {
            profiles.evict(citizenId);
        } catch (RuntimeException e) {
            LOG.debug("Profile entry not evicted: {}", e.getClass().getName());
        }
    }
}
