package org.citizenhub.hub.cluster;

import com.hazelcast.config.InterfacesConfig;
import com.hazelcast.config.TcpIpConfig;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies {@code hub.cluster.members} (env {@code HUB_CLUSTER_MEMBERS}) and {@code hub.cluster.interface}
 * (env {@code HUB_CLUSTER_INTERFACE}) to the member that Spring Boot builds from {@code hazelcast.yaml}, so
 * a deployment names its peers without editing the file. Hazelcast's own YAML variables read only system
 * properties, not the environment, hence this customizer.
 */
@Configuration(proxyBeanMethods = false)
public class ClusterConfiguration {

    @Bean
    HazelcastConfigCustomizer clusterMembersCustomizer(@Value("${hub.cluster.members:}") String members,
                                                       @Value("${hub.cluster.interface:127.0.0.1}") String networkInterface) {
        return config -> {
            List<String> memberList = Arrays.stream(members.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
            if (!memberList.isEmpty()) {
                TcpIpConfig tcpIp = config.getNetworkConfig().getJoin().getTcpIpConfig();
                tcpIp.setEnabled(true).setMembers(memberList);
            }
            InterfacesConfig interfaces = config.getNetworkConfig().getInterfaces();
            if (networkInterface.isBlank() || networkInterface.equals("*")) {
                interfaces.setEnabled(false);
            } else {
                interfaces.setEnabled(true).setInterfaces(List.of(networkInterface.trim()));
            }
        };
    }
}
