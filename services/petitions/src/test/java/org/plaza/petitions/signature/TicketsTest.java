package org.plaza.petitions.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.plaza.petitions.PetitionSettings;

/** Tickets hide the signature they stand for, cannot be forged and expire. */
class TicketsTest {

    static PetitionSettings settings(String key) {
        return new PetitionSettings(URI.create("http://plaza.test"), ZoneId.of("UTC"),
                new PetitionSettings.Verification(Duration.ofHours(1), 8, Duration.ofSeconds(60), 5, key),
                new PetitionSettings.Counting(16, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(60)),
                null, null, null);
    }

    @Test
    void twoTicketsForOneSignatureLookUnrelatedAndBothOpen() {
        Tickets tickets = new Tickets(settings("a-test-ticket-key-0123"), Clock.systemUTC());
        String first = tickets.seal("sig_abc");
        String second = tickets.seal("sig_abc");
        assertThat(first).isNotEqualTo(second).doesNotContain("sig_abc");
        assertThat(tickets.open(first)).contains("sig_abc");
        assertThat(tickets.open(second)).contains("sig_abc");
    }

    @Test
    void refusesTamperedForeignAndExpiredTickets() {
        Instant start = Instant.parse("2026-03-01T18:00:00Z");
        Tickets tickets = new Tickets(settings("a-test-ticket-key-0123"), Clock.fixed(start, ZoneOffset.UTC));
        String ticket = tickets.seal("sig_abc");
        char last = ticket.charAt(ticket.length() - 2);
        assertThat(tickets.open(ticket.substring(0, ticket.length() - 2) + (last == 'A' ? 'B' : 'A')
                + ticket.charAt(ticket.length() - 1))).isEmpty();
        assertThat(new Tickets(settings("another-ticket-key-456"), Clock.fixed(start, ZoneOffset.UTC)).open(ticket))
                .isEmpty();
        assertThat(new Tickets(settings("a-test-ticket-key-0123"),
                Clock.fixed(start.plus(Duration.ofHours(1)), ZoneOffset.UTC)).open(ticket)).isEmpty();
        assertThat(tickets.open("not base64 !")).isEmpty();
        assertThat(tickets.open(null)).isEmpty();
    }
}
