package org.plaza.petitions.signature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Client addresses are stored as their /24 or /48 network, and ranges are string ranges over those. */
class ClientNetworkTest {

    @Test
    void keepsOnlyTheNetworkOfAnAddress() {
        assertThat(ClientNetwork.of("203.0.113.77")).get()
                .isEqualTo(new ClientNetwork("203.0.113.0/24", "4:cb007100"));
        assertThat(ClientNetwork.of("::ffff:203.0.113.77")).get().extracting(ClientNetwork::display)
                .isEqualTo("203.0.113.0/24");
        assertThat(ClientNetwork.of("2001:db8:1234:5678::1")).get().extracting(ClientNetwork::display)
                .isEqualTo("2001:db8:1234:0:0:0:0:0/48");
        assertThat(ClientNetwork.of("not-an-address")).isEmpty();
        assertThat(ClientNetwork.of("999.1.1.1")).isEmpty();
        assertThat(ClientNetwork.of(null)).isEmpty();
    }

    @Test
    void turnsCidrRangesIntoKeyRangesThatContainTheirNetworks() {
        ClientNetwork.KeyRange slash16 = ClientNetwork.range("203.0.0.0/16").orElseThrow();
        String inside = ClientNetwork.of("203.0.113.77").orElseThrow().key();
        String outside = ClientNetwork.of("203.1.0.1").orElseThrow().key();
        assertThat(inside).isBetween(slash16.low(), slash16.high());
        assertThat(outside.compareTo(slash16.high())).isPositive();
        assertThat(ClientNetwork.range("203.0.113.9/24").orElseThrow())
                .isEqualTo(new ClientNetwork.KeyRange("4:cb007100", "4:cb007100"));
    }

    @Test
    void refusesRangesNarrowerThanWhatIsStored() {
        assertThat(ClientNetwork.range("203.0.113.0/25")).isEmpty();
        assertThat(ClientNetwork.range("2001:db8::/64")).isEmpty();
        assertThat(ClientNetwork.range("2001:db8::/32")).isPresent();
        assertThat(ClientNetwork.range("203.0.113.0")).isEmpty();
        assertThat(ClientNetwork.range("example.org/24")).isEmpty();
    }
}
