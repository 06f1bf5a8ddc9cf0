package org.plaza.bench.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ResidentsTest {

    @Test
    void consecutiveResidentsComeFromDifferentNetworksSoBurstRulesSeeManyClients() {
        Set<String> networks = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        for (long sequence = 0; sequence < 65_536; sequence++) {
            String address = Residents.clientAddress(sequence);
            addresses.add(address);
            networks.add(address.substring(0, address.lastIndexOf('.')));
        }
        assertThat(networks).hasSize(65_536);
        assertThat(addresses).hasSize(65_536).allMatch(a -> a.matches("10\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}"));
    }

    @Test
    void everyResidentHasTheirOwnAddressAndDomainsAreSpread() {
        Set<String> emails = new HashSet<>();
        Set<String> domains = new HashSet<>();
        for (long sequence = 0; sequence < 50_000; sequence++) {
            String email = Residents.email("run1", sequence);
            emails.add(email);
            domains.add(email.substring(email.indexOf('@') + 1));
        }
        assertThat(emails).hasSize(50_000);
        assertThat(domains).hasSize(Residents.DOMAINS);
    }
}
