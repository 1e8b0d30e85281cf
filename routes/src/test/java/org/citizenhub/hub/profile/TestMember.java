package org.citizenhub.hub.profile;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import org.citizenhub.hub.testing.LoopbackHazelcast;

/** A Hazelcast member for tests without Spring: 127.0.0.1 only, a cluster of its own, the profile maps attached. */
final class TestMember {

    private TestMember() {
    }

    /** A lone member of a fresh cluster whose maps load through {@code assembler}. */
    static HazelcastInstance start(String name, ProfileAssembler assembler) {
        String clusterName = name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        int port = LoopbackHazelcast.freePort();
        Config config = LoopbackHazelcast.config(clusterName, port, port);
        ProfileMaps.configure(config, assembler);
        return Hazelcast.newHazelcastInstance(config);
    }
}
