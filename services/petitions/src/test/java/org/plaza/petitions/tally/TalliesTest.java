package org.plaza.petitions.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.plaza.petitions.PetitionSettings;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Which changes of the shards the counts ticker re-reads, with MongoDB stubbed. */
class TalliesTest {

    private final Tallies tallies = new Tallies(mock(MongoTemplate.class),
            new PetitionSettings(URI.create("http://plaza.test"), ZoneId.of("UTC"), null,
                    new PetitionSettings.Counting(16, Duration.ofSeconds(1), Duration.ofSeconds(10),
                            Duration.ofSeconds(60)), null, null, null),
            Clock.fixed(Instant.parse("2026-12-07T14:00:00Z"), ZoneOffset.UTC), new SimpleMeterRegistry());

    @Test
    void onlyAChangeOfTheVerifiedCountMakesTheTickerReReadAPetition() {
        Contribution pending = new Contribution(1, 0, "MECCA");
        Contribution confirmed = new Contribution(1, 1, "MECCA");

        tallies.change("pet_1", "sig_1", Contribution.NONE, pending);

        assertThat(tallies.drainChanged()).isEmpty();
        assertThat(tallies.lastTouched()).containsKey("pet_1");

        tallies.change("pet_1", "sig_1", pending, confirmed);

        assertThat(tallies.drainChanged()).containsExactly("pet_1");
        assertThat(tallies.drainChanged()).isEmpty();
    }
}
