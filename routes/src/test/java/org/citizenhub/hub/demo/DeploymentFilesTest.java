package org.citizenhub.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citizenhub.connectors.config.ConnectorConfig;
import org.citizenhub.connectors.config.ConnectorConfigLoader;
import org.citizenhub.connectors.config.ConnectorFile;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be started here (no Docker engine), so its promises are checked as data:
 * loopback-only ports, no committed secrets, one cluster of two members, mounts that exist, and a
 * connector file the hub accepts.
 */
class DeploymentFilesTest {

    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    @Test
    @SuppressWarnings("unchecked")
    void composeFilePublishesOnLoopbackOnlyAndCommitsNoSecret() throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");

        assertThat(services).containsKeys("postgres", "hub-1", "hub-2", "agency-api");
        services.forEach((name, value) -> {
            Map<String, Object> service = (Map<String, Object>) value;
            List<String> ports = (List<String>) service.getOrDefault("ports", List.of());
            assertThat(ports).as(name + " ports").allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:"));
            Map<String, Object> environment = (Map<String, Object>) service.getOrDefault("environment", Map.of());
            environment.forEach((key, setting) -> {
                if (key.matches(".*(PASSWORD|TOKEN|SECRET).*")) {
                    assertThat(String.valueOf(setting)).as(name + " " + key).startsWith("${").contains(":?");
                }
            });
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void bothHubMembersJoinOneClusterOnOneDatabaseAndOnlyTheFirstRunsConnectors() throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        Map<String, Object> first = (Map<String, Object>) ((Map<String, Object>) services.get("hub-1")).get("environment");
        Map<String, Object> second = (Map<String, Object>) ((Map<String, Object>) services.get("hub-2")).get("environment");

        assertThat(first.get("HUB_CLUSTER_MEMBERS")).isEqualTo("hub-1:5701,hub-2:5701").isEqualTo(second.get("HUB_CLUSTER_MEMBERS"));
        assertThat(first.get("SPRING_DATASOURCE_URL")).isEqualTo(second.get("SPRING_DATASOURCE_URL")).asString().startsWith("jdbc:postgresql://postgres:");
        assertThat(first).containsEntry("HUB_CONNECTORS", "/config/connectors.yml");
        assertThat(second).doesNotContainKey("HUB_CONNECTORS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFolderAndFileItMountsIsInTheRepository() throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");

        services.values().forEach(value -> {
            List<String> volumes = (List<String>) ((Map<String, Object>) value).getOrDefault("volumes", List.of());
            volumes.stream().filter(volume -> volume.startsWith("./")).map(volume -> volume.substring(0, volume.indexOf(':')))
                    .forEach(source -> assertThat(REPOSITORY.resolve(source)).as(source).exists());
        });
        assertThat(REPOSITORY.resolve("deploy/Dockerfile")).content().contains("COPY routes/target/citizen-hub.jar");
    }

    @Test
    void deploymentConnectorFileLoadsWithItsSecretsFromTheEnvironment() {
        Map<String, String> environment = Map.of("HEALTH_DB_USER", "citizenhub", "HEALTH_DB_PASSWORD", "x",
                "BENEFITS_API_TOKEN", "t");

        ConnectorFile file = ConnectorConfigLoader.load(REPOSITORY.resolve("deploy/connectors.yml"), environment::get);

        assertThat(file.connectors()).extracting(ConnectorConfig::id).containsExactly("tax", "health", "benefits", "housing");
        assertThat(file.connectors().get(2).rest().headers()).containsEntry("Authorization", "Bearer t");
    }

    private static Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(REPOSITORY.resolve("docker-compose.yml"))) {
            return new Yaml().load(reader);
        }
    }
}
