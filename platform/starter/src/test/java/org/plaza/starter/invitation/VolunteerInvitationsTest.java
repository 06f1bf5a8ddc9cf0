package org.plaza.starter.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.plaza.starter.supporter.Hmac;
import org.plaza.starter.supporter.SupporterSettings;

import tools.jackson.databind.json.JsonMapper;

class VolunteerInvitationsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();
    private final SupporterSettings supporter = new SupporterSettings("a-test-supporter-key-of-at-least-32-bytes");

    private VolunteerInvitations at(Instant now, String key) {
        return new VolunteerInvitations(Hmac.forPurpose(new SupporterSettings(key), VolunteerInvitations.PURPOSE), json,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private final VolunteerInvitations invitations = at(NOW, supporter.key());

    @Test
    void issuedTokenReadsBackAsTheSameInvitation() {
        VolunteerInvitation invitation = invitations.invite("sup_1", "camp-1", "MECCA", "es",
                VolunteerInvitations.PETITION_LEAD, "sig-1");

        assertThat(invitations.read(invitations.issue(invitation))).contains(invitation);
        assertThat(invitation.expiresAt()).isEqualTo(NOW.plus(VolunteerInvitations.VALIDITY));
    }

    @Test
    void alteredTokenOrOtherKeyIsRefused() {
        String token = invitations.issue(invitations.invite("sup_1", "camp-1", "MECCA", "es",
                VolunteerInvitations.COMMENT_LEAD, "c-1"));
        String altered = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);

        assertThat(invitations.read(altered)).isEmpty();
        assertThat(at(NOW, "another-supporter-key-of-at-least-32-bytes").read(token)).isEmpty();
        assertThat(invitations.read("no-dot")).isEmpty();
        assertThat(invitations.read(null)).isEmpty();
    }

    @Test
    void expiredInvitationIsRefused() {
        String token = invitations.issue(invitations.invite("sup_1", "camp-1", "MECCA", "es",
                VolunteerInvitations.PETITION_LEAD, "sig-1"));

        assertThat(at(NOW.plus(VolunteerInvitations.VALIDITY).plusSeconds(1), supporter.key()).read(token)).isEmpty();
    }

    @Test
    void unknownSourceIsNeitherIssuedNorRead() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> invitations.invite("sup_1", "camp-1", "MECCA", "es", "SOMEONE_ELSE", "x"));
        String forged = invitations.issue(new VolunteerInvitation(1, "sup_1", "camp-1", "MECCA", "es", "SOMEONE_ELSE",
                "x", NOW.plusSeconds(60)));
        assertThat(invitations.read(forged)).isEmpty();
    }

    @Test
    void signupUrlOpensTheOutreachFormInTheResidentsLanguage() {
        VolunteerInvitation invitation = invitations.invite("sup_1", "camp-1", "OASIS", "en",
                VolunteerInvitations.PETITION_LEAD, "sig-1");

        URI url = URI.create(invitations.signupUrl("http://127.0.0.1:8080/", invitation));

        assertThat(url.getPath()).isEqualTo("/outreach/volunteer");
        assertThat(url.getRawQuery()).endsWith("&lang=en");
        String token = URLDecoder.decode(url.getRawQuery().replaceFirst("^invitation=([^&]+)&.*$", "$1"), StandardCharsets.UTF_8);
        assertThat(invitations.read(token)).contains(invitation);
    }

    @Test
    void requestIdIsOnePerPersonAndCampaign() {
        assertThat(VolunteerInvitations.requestId("sup_1", "camp-1")).isEqualTo("outreach-invitation:sup_1:camp-1");
    }
}
