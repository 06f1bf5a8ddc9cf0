package org.plaza.petitions.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.plaza.events.petitions.SignatureRateSpiked;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.PetitionsTest;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.beans.factory.annotation.Autowired;

/** A sharp rise in signing raises one SignatureRateSpiked per cooldown. */
@PetitionsTest
class RateSpikesTest {

    @Autowired
    RateSpikes spikes;
    @Autowired
    KafkaTestEvents events;

    @Test
    void raisesOneAlertWhenSigningJumpsFromNothingToHundreds() {
        String petitionId = Fixtures.unique("pet-spike");
        Position before = events.positionOf(SignatureRateSpiked.class);
        for (int i = 0; i < 99; i++) {
            spikes.submitted(petitionId, "cmp-spike");
        }
        assertThat(spikes.check(Instant.now())).isZero();
        spikes.submitted(petitionId, "cmp-spike");
        assertThat(spikes.check(Instant.now())).isEqualTo(1);
        assertThat(spikes.check(Instant.now())).isZero();

        SignatureRateSpiked spike = events.awaitEvent(before, SignatureRateSpiked.class,
                e -> e.petitionId().equals(petitionId), Duration.ofSeconds(30)).event();
        assertThat(spike.signaturesInWindow()).isEqualTo(100);
        assertThat(spike.perMinute()).isEqualTo(20.0);
        assertThat(spike.baselinePerMinute()).isZero();
    }
}
