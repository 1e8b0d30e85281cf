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
 * Applies {@code hub.cluster.*} (env {@code HUB_CLUSTER_NAME}, {@code HUB_CLUSTER_MEMBERS},
 * {@code HUB_CLUSTER_INTERFACE}) to the member that Spring Boot builds from {@code hazelcast.yaml}, so a
 * deployment names its cluster and peers without editing the file. (Hazelcast's own YAML variables read
 * only system properties, not the environment.) Unset properties keep the file's values.
 */
@Configuration(proxyBeanMethods = false)
public class ClusterConfiguration {

    @Bean
    HazelcastConfigCustomizer clusterCustomizer(@Value("${hub.cluster.name:}") String clusterName,
                                                @Value("${hub.cluster.members:}") String members,
                                                @Value("${hub.cluster.interface:}") String networkInterface) {
        return config -> {
            if (!clusterName.isBlank()) {
                config.setClusterName(clusterName.trim());
            }
            List<String> memberList = Arrays.stream(members.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
            if (!memberList.isEmpty()) {
                TcpIpConfig tcpIp = config.getNetworkConfig().getJoin().getTcpIpConfig();
                tcpIp.setEnabled(true).setMembers(memberList);
            }
            if (!networkInterface.isBlank()) {
                InterfacesConfig interfaces = config.getNetworkConfig().getInterfaces().clear();
                if (networkInterface.trim().equals("*")) {
                    interfaces.setEnabled(false); // any interface: for members on several hosts
                } else {
                    interfaces.setEnabled(true).addInterface(networkInterface.trim());
                }
            }
        };
    }
}
