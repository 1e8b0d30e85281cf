package org.citizenhub.hub.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.testing.LoopbackHazelcast;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The profile maps on real Hazelcast members without Spring: a member that starts against a database that
 * already holds citizens loads their profiles through the loader (nothing is lost by a restart), and two
 * members on loopback form one cluster that shares the entries and keeps a backup of each.
 */
class ProfileMapsTest {

    private final List<HazelcastInstance> members = new ArrayList<>();
    private final String clusterName = "citizen-hub-profile-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    private ProfileFixtures.Fixture fixture;

    @BeforeEach
    void store() {
        fixture = ProfileFixtures.open("profile-maps");
    }

    @AfterEach
    void stopMembers() {
        members.forEach(member -> member.getLifecycleService().terminate());
    }

    @Test
    void aFreshMemberLoadsProfilesFromTheDatabase() {
        // given: a member that followed ingest, and the profile it cached
        HazelcastInstance first = member(LoopbackHazelcast.freePort(), null);
        ProfileRefresher refresher = new ProfileRefresher(fixture.assembler(), first);
        fixture.store().sink().followChanges(refresher);
        String id = fixture.store().sink().ingest(ProfileFixtures.person("tax", "T1", "AB123456C", "Ann", "Lee", "1980-01-02")).citizenId();
        fixture.store().sink().ingest(ProfileFixtures.person("health", "H1", "AB123456C", "Anne", "Lee", "1980-02-01"));
        String cached = first.<String, ProfileEntry>getMap(ProfileMaps.PROFILES).get(id).jsonText();
        assertThat(cached).contains("\"health\"").contains("\"tax\"");

        // when: every member is gone and a new one starts on the same database
        first.getLifecycleService().terminate();
        fixture.store().sink().followChanges(null);
        HazelcastInstance fresh = member(LoopbackHazelcast.freePort(), null);
        IMap<String, ProfileEntry> profiles = fresh.getMap(ProfileMaps.PROFILES);
        IMap<String, String> recordIndex = fresh.getMap(ProfileMaps.RECORD_INDEX);
        assertThat(profiles.size()).isZero();

        // then: the loader rebuilds the same profile, and the record index answers from the link rows
        assertThat(profiles.get(id).jsonText()).isEqualTo(cached);
        assertThat(profiles.size()).isEqualTo(1);
        assertThat(recordIndex.get(ProfileMaps.recordKey(new RecordKey("health", "H1")))).isEqualTo(id);
        assertThat(profiles.get("C-NOBODY")).isNull();

        // and an evicted entry comes back the same way
        profiles.evictAll();
        assertThat(profiles.size()).isZero();
        assertThat(new ProfileCache(fresh).resolve(new RecordKey("tax", "T1")).orElseThrow().citizenId()).isEqualTo(id);
    }

    @Test
    void aDeletedRecordNoLongerFindsItsCitizenThoughItsIndexEntryOutlivedTheLink() {
        HazelcastInstance member = member(LoopbackHazelcast.freePort(), null);
        fixture.store().sink().followChanges(new ProfileRefresher(fixture.assembler(), member));
        String id = fixture.store().sink().ingest(ProfileFixtures.person("tax", "T1", "AB123456C", "Ann", "Lee", "1980-01-02")).citizenId();
        fixture.store().sink().ingest(ProfileFixtures.person("health", "H1", "AB123456C", "Anne", "Lee", "1980-02-01"));
        ProfileCache cache = new ProfileCache(member);
        assertThat(cache.resolve(new RecordKey("health", "H1")).orElseThrow().citizenId()).isEqualTo(id);

        // the source deletes the record: the refresh rebuilds the profile, but the index entry stays behind
        fixture.store().sink().delete(new RecordKey("health", "H1"));
        assertThat(member.<String, String>getMap(ProfileMaps.RECORD_INDEX).get("health/H1")).isEqualTo(id);
        assertThat(member.<String, ProfileEntry>getMap(ProfileMaps.PROFILES).get(id).jsonText()).doesNotContain("\"H1\"");

        assertThat(cache.resolve(new RecordKey("health", "H1"))).isEmpty();
        assertThat(cache.resolve(new RecordKey("tax", "T1")).orElseThrow().citizenId()).isEqualTo(id);
    }

    @Test
    void aChangeOfALinkedRecordReplacesTheEntryAndAMergeLeavesARedirect() {
        HazelcastInstance member = member(LoopbackHazelcast.freePort(), null);
        ProfileRefresher refresher = new ProfileRefresher(fixture.assembler(), member);
        fixture.store().sink().followChanges(refresher);
        IMap<String, ProfileEntry> profiles = member.getMap(ProfileMaps.PROFILES);
        String survivor = fixture.store().sink().ingest(ProfileFixtures.person("tax", "A", "AB123456C", "Ann", "Smith", "1980-01-02")).citizenId();
        String absorbed = fixture.store().sink().ingest(ProfileFixtures.person("health", "B", null, "Ann", "Jones", "1980-01-02")).citizenId();
        assertThat(profiles.get(absorbed).isRedirect()).isFalse();

        fixture.store().sink().ingest(ProfileFixtures.person("benefits", "C", "AB123456C", "Ann", "Jones", "1980-01-02"));

        assertThat(profiles.get(absorbed).mergedInto()).isEqualTo(survivor);
        assertThat(profiles.get(survivor).jsonText()).contains("\"benefits\"").contains("\"health\"").contains(absorbed);
        assertThat(member.<String, String>getMap(ProfileMaps.RECORD_INDEX).get("health/B")).isEqualTo(survivor);
        assertThat(new ProfileCache(member).resolve(absorbed).orElseThrow().citizenId()).isEqualTo(survivor);
    }

    @Test
    void twoMembersFormOneClusterThatSharesEntriesAndKeepsABackup() {
        // given: two members of one cluster on loopback, on ports of their own; the second finds the first
        int firstPort = LoopbackHazelcast.freePort();
        HazelcastInstance first = member(firstPort, null);
        HazelcastInstance second = member(LoopbackHazelcast.freePort(), firstPort);
        await().atMost(Duration.ofSeconds(30)).until(() -> first.getCluster().getMembers().size() == 2
                && second.getCluster().getMembers().size() == 2);

        // when: a profile is refreshed through the first member, and an entry no database holds is put there
        ProfileRefresher refresher = new ProfileRefresher(fixture.assembler(), first);
        fixture.store().sink().followChanges(refresher);
        String id = fixture.store().sink().ingest(ProfileFixtures.person("tax", "T1", "AB123456C", "Ann", "Lee", "1980-01-02")).citizenId();
        ProfileEntry onlyInTheCache = ProfileEntry.profile("{\"id\":\"C-CACHE-ONLY\"}".getBytes(StandardCharsets.UTF_8));
        first.<String, ProfileEntry>getMap(ProfileMaps.PROFILES).set("C-CACHE-ONLY", onlyInTheCache);

        // then: the second member reads both
        IMap<String, ProfileEntry> seenBySecond = second.getMap(ProfileMaps.PROFILES);
        assertThat(seenBySecond.get(id).jsonText()).contains("\"tax\"");
        assertThat(seenBySecond.get("C-CACHE-ONLY").jsonText()).isEqualTo("{\"id\":\"C-CACHE-ONLY\"}");
        assertThat(second.getConfig().getMapConfig(ProfileMaps.PROFILES).getBackupCount()).isGreaterThanOrEqualTo(1);

        // and when the first member dies, the second still holds every entry (the backups), without a reload
        first.getLifecycleService().terminate();
        await().atMost(Duration.ofSeconds(30)).until(() -> second.getCluster().getMembers().size() == 1);
        assertThat(seenBySecond.get("C-CACHE-ONLY")).isNotNull();
        assertThat(seenBySecond.size()).isEqualTo(2);
    }

    /** A member on 127.0.0.1:port only, joining the member at {@code joinPort} (or alone when null). */
    private HazelcastInstance member(int port, Integer joinPort) {
        Config config = LoopbackHazelcast.config(clusterName, port, joinPort == null ? port : joinPort);
        ProfileMaps.configure(config, fixture.assembler());
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        members.add(member);
        return member;
    }
}
