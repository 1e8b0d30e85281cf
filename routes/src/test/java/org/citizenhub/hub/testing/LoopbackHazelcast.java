package org.citizenhub.hub.testing;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A test member's configuration that never leaves this machine: bound to 127.0.0.1 on one port, TCP/IP join
 * to one loopback member, multicast and auto-detection off, no phone-home, few partitions so it starts fast.
 */
public final class LoopbackHazelcast {

    private LoopbackHazelcast() {
    }

    /** A member on 127.0.0.1:{@code port} joining the member at 127.0.0.1:{@code joinPort} (itself for a first member). */
    public static Config config(String clusterName, int port, int joinPort) {
        Config config = new Config().setClusterName(clusterName).setInstanceName(clusterName + "-" + port);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.partition.count", "7");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.getMetricsConfig().setEnabled(false);
        NetworkConfig network = config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + joinPort);
        return config;
    }

    /** A port free on the loopback interface now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
