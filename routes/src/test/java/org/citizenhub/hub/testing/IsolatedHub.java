package org.citizenhub.hub.testing;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The properties that give a Spring test's hub a store and a cluster of its own: an H2 file database, and a
 * Hazelcast cluster name no other test JVM on this machine (parallel builds) uses, so none joins another.
 */
public final class IsolatedHub {

    private IsolatedHub() {
    }

    /** The H2 database at {@code databaseFile} (no extension) and the cluster {@code clusterPrefix-PID}. */
    public static void register(DynamicPropertyRegistry registry, Path databaseFile, String clusterPrefix) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + databaseFile + ";AUTO_SERVER=FALSE");
        registry.add("hub.cluster.name", () -> clusterPrefix + "-" + ProcessHandle.current().pid());
    }
}
