package org.plaza.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindProxies = new ClientAddresses(TrustedProxies.of(List.of("10.0.0.0/8", "2001:db8::/32")));
    private final ClientAddresses direct = new ClientAddresses(TrustedProxies.of(List.of()));

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() {
        assertThat(direct.resolve("198.51.100.7", List.of("203.0.113.9"))).isEqualTo("198.51.100.7");
        assertThat(behindProxies.resolve("198.51.100.7", List.of("203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void takesTheFirstUntrustedHopFromTheRightBehindTrustedProxies() {
        assertThat(behindProxies.resolve("10.0.0.2", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.resolve("10.0.0.2", List.of("1.2.3.4, 203.0.113.9, 10.0.0.5"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.resolve("10.0.0.2", List.of("1.2.3.4", "203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aClientCannotHideBehindAForgedTrustedAddress() {
        assertThat(behindProxies.resolve("10.0.0.2", List.of("10.9.9.9, 203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void stopsAtAnythingThatIsNotAnAddress() {
        assertThat(behindProxies.resolve("10.0.0.2", List.of("evil.example, 10.0.0.3"))).isEqualTo("10.0.0.3");
        assertThat(behindProxies.resolve("10.0.0.2", List.of())).isEqualTo("10.0.0.2");
    }

    @Test
    void understandsIpv6Blocks() {
        assertThat(behindProxies.resolve("2001:db8::1", List.of("2a02:1:2:3::9"))).isEqualTo("2a02:1:2:3::9");
        assertThat(behindProxies.resolve("2a02:1:2:3::9", List.of("203.0.113.9"))).isEqualTo("2a02:1:2:3::9");
    }

    @Test
    void refusesAMalformedConfiguration() {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }
}
