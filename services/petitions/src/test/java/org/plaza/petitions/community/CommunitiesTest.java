package org.plaza.petitions.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plaza.petitions.PetitionSettings.Community;
import org.plaza.petitions.PetitionSettings;

/** A community or a ZIP code resolves to one community, or to the reason it cannot. */
class CommunitiesTest {

    final Communities communities = new Communities(new PetitionSettings(URI.create("http://x"),
            ZoneId.of("UTC"), List.of(new Community("MECCA", "Mecca", "Mecca", List.of("92254")),
                    new Community("NORTH_SHORE", "North Shore", "North Shore", List.of("92254")),
                    new Community("COACHELLA", "Coachella", "Coachella", List.of("92236")),
                    new Community("OTHER", "Otra comunidad", "Another community", List.of())),
            null, new PetitionSettings.Counting(1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)),
            null, null, null));

    @Test
    void aChosenCommunityWinsOverTheZipCode() {
        assertThat(communities.resolve("MECCA", "92236").code()).isEqualTo("MECCA");
    }

    @Test
    void aZipCodeOfOneCommunityResolvesToIt() {
        assertThat(communities.resolve("", " 92236 ").code()).isEqualTo("COACHELLA");
    }

    @Test
    void explainsWhatCannotBeResolved() {
        assertThat(communities.resolve("ATLANTIS", null).problem()).isEqualTo(Communities.Problem.UNKNOWN_COMMUNITY);
        assertThat(communities.resolve(null, null).problem()).isEqualTo(Communities.Problem.MISSING);
        assertThat(communities.resolve(null, "9225").problem()).isEqualTo(Communities.Problem.INVALID_ZIP);
        assertThat(communities.resolve(null, "92254").problem()).isEqualTo(Communities.Problem.SHARED_ZIP);
        assertThat(communities.resolve(null, "92254").field()).isEqualTo("community");
        assertThat(Communities.Problem.SHARED_ZIP.messageKey()).isEqualTo("signature.community.shared-zip");
    }

    @Test
    void aZipCodeOutsideTheValleyIsAnotherCommunity() {
        assertThat(communities.resolve(null, "90210").code()).isEqualTo("OTHER");
        assertThat(communities.name("OTHER", Locale.forLanguageTag("es"))).isEqualTo("Otra comunidad");
        assertThat(communities.name("OTHER", Locale.ENGLISH)).isEqualTo("Another community");
    }
}
