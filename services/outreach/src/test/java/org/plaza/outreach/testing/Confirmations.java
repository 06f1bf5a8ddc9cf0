package org.plaza.outreach.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.plaza.events.notifications.NotificationRequested;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/** Reads the confirmation email outreach asked for, and uses its link as the volunteer's browser would. */
public final class Confirmations {

    private Confirmations() {
    }

    /** The link of the first confirmation email requested for {@code email} (as this service's relative path). */
    public static String emailedLink(KafkaTestEvents events, String email) {
        return emailedLink(events, email, new Position(Map.of()));
    }

    /** The link of the first confirmation email requested for {@code email} after {@code after}. */
    public static String emailedLink(KafkaTestEvents events, String email, Position after) {
        NotificationRequested request = events.awaitEvent(after, NotificationRequested.class,
                r -> VolunteerService.CONFIRMATION_TEMPLATE.equals(r.templateKey()) && email.equalsIgnoreCase(r.recipientEmail()),
                Duration.ofSeconds(20)).event();
        URI link = URI.create(request.templateParameters().get("confirmUrl"));
        assertThat(link.getScheme() + "://" + link.getAuthority()).isEqualTo("https://plaza.example");
        return link.getRawPath() + "?" + link.getRawQuery();
    }

    /** The token in a confirmation link. */
    public static String token(String link) {
        return UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token");
    }

    /** Opens the emailed link, presses its confirm button and returns where that leads (the personal page). */
    public static String confirm(MockMvc mvc, KafkaTestEvents events, String email) throws Exception {
        return confirm(mvc, events, email, new Position(Map.of()));
    }

    /** The same with the first confirmation email requested after {@code after}. */
    public static String confirm(MockMvc mvc, KafkaTestEvents events, String email, Position after)
            throws Exception {
        String link = emailedLink(events, email, after);
        return mvc.perform(Forms.postFrom(mvc, link, "/outreach/volunteer/confirm").param("token", token(link)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }
}
