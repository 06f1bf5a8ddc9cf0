package org.plaza.insights.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void removesWhatLooksLikeContactDetailsFromErrorMessages() {
        String scrubbed = Redaction.scrub("Cannot deserialize value \"maria.lopez+casa@example.org\" from 760-555-0142 "
                + "sent by 192.168.1.20");

        assertThat(scrubbed).isEqualTo("Cannot deserialize value \"[email]\" from [number] sent by [ip]");
    }

    @Test
    void keepsIdsAndShortensLongMessages() {
        assertThat(Redaction.scrub("Event 3f2a-11 is not a readable plaza.petitions.signature-verified.v1"))
                .isEqualTo("Event 3f2a-11 is not a readable plaza.petitions.signature-verified.v1");
        assertThat(Redaction.scrub("x".repeat(1000))).hasSize(Redaction.MAX_LENGTH);
    }
}
