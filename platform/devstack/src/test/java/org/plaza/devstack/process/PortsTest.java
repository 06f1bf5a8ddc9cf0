package org.plaza.devstack.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aPortWithAListenerIsTakenAndAnswers() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = listener.getLocalPort();

            assertThat(Ports.isFree(port)).isFalse();
            assertThat(Ports.accepts(port)).isTrue();
        }
    }

    @Test
    void aClosedPortIsFreeAndDoesNotAnswer() throws Exception {
        int port;
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = listener.getLocalPort();
        }

        assertThat(Ports.isFree(port)).isTrue();
        assertThat(Ports.accepts(port)).isFalse();
    }

    @Test
    void namesTheProcessHoldingAPortOnLinux() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux /proc");
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(Ports.owner(listener.getLocalPort()))
                    .hasValueSatisfying(owner -> assertThat(owner).startsWith("pid " + ProcessHandle.current().pid() + ": "));
        }
    }
}
