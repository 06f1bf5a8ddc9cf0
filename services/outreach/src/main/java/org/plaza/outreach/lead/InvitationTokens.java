package org.plaza.outreach.lead;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.plaza.outreach.support.Hmac;
import org.plaza.starter.supporter.SupporterSettings;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed token in a volunteer invitation link, which the petitions and comments services put in the
 * invitation email they send (they have the address; outreach does not). The format, so another service
 * can issue one without depending on this module:
 *
 * <pre>
 * key     = HMAC-SHA256(UTF-8 bytes of plaza.supporter.key, UTF-8 bytes of "plaza.outreach.invitation.v1")
 * payload = base64url-without-padding(UTF-8 JSON of {@link Invitation})
 * token   = payload + "." + base64url-without-padding(HMAC-SHA256(key, UTF-8 bytes of payload))
 * link    = {public base}/outreach/volunteer?invitation={token}&amp;lang={language}
 * </pre>
 */
@Component
public class InvitationTokens {

    /** The message the invitation key is derived with. */
    public static final String PURPOSE = "plaza.outreach.invitation.v1";
    private static final Set<String> SOURCES = Set.of("PETITION_LEAD", "COMMENT_LEAD");

    private final Hmac hmac;
    private final JsonMapper json;
    private final Clock clock;

    InvitationTokens(SupporterSettings supporter, JsonMapper json, Clock clock) {
        this.hmac = Hmac.forPurpose(supporter, PURPOSE);
        this.json = json;
        this.clock = clock;
    }

    /** Issues a token; what another service does when it sends an invitation (here for tests and tools). */
    public String issue(Invitation invitation) {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(invitation));
        return payload + "." + hmac.mac(payload);
    }

    /** The invitation, when the token is intact, of a known kind and not expired. */
    public Optional<Invitation> read(String token) {
        if (token == null || token.length() > 2048) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || !hmac.verify(token.substring(0, dot), token.substring(dot + 1))) {
            return Optional.empty();
        }
        try {
            Invitation invitation = json.readValue(
                    new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8), Invitation.class);
            boolean valid = invitation.v() == 1 && invitation.supporterId() != null && SOURCES.contains(invitation.source())
                    && invitation.expiresAt() != null && invitation.expiresAt().isAfter(clock.instant());
            return valid ? Optional.of(invitation) : Optional.empty();
        } catch (IllegalArgumentException | JacksonException e) {
            return Optional.empty();
        }
    }
}
