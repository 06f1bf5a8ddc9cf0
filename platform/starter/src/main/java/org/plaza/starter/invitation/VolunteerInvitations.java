package org.plaza.starter.invitation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.plaza.starter.supporter.Hmac;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Volunteer invitations: petitions and comments issue them (they have the resident's address and send the
 * email), outreach reads them (it opens the pre-filled sign-up form). One class, so the three services
 * cannot disagree on the format:
 *
 * <pre>
 * key     = HMAC-SHA256(UTF-8 bytes of plaza.supporter.key, UTF-8 bytes of "plaza.outreach.invitation.v1")
 * payload = base64url-without-padding(UTF-8 JSON of {@link VolunteerInvitation})
 * token   = payload + "." + base64url-without-padding(HMAC-SHA256(key, UTF-8 bytes of payload))
 * link    = {public base}/outreach/volunteer?invitation={token}&amp;lang={language}
 * </pre>
 *
 * The email is a {@code NotificationRequested} with template {@link #TEMPLATE}, category {@code INVITATIONS},
 * parameter {@code signupUrl} and request id {@link #requestId}, the same in both services, so a person who
 * both signs and comments in one campaign is invited once.
 */
public class VolunteerInvitations {

    /** The message the invitation key is derived with. */
    public static final String PURPOSE = "plaza.outreach.invitation.v1";
    /** The notifications template of the invitation email. */
    public static final String TEMPLATE = "outreach.volunteer-invitation";
    public static final String PETITION_LEAD = "PETITION_LEAD";
    public static final String COMMENT_LEAD = "COMMENT_LEAD";
    /** How long an invitation link works. */
    public static final Duration VALIDITY = Duration.ofDays(30);
    private static final Set<String> SOURCES = Set.of(PETITION_LEAD, COMMENT_LEAD);

    private final Hmac hmac;
    private final JsonMapper json;
    private final Clock clock;

    public VolunteerInvitations(Hmac hmac, JsonMapper json, Clock clock) {
        this.hmac = hmac;
        this.json = json;
        this.clock = clock;
    }

    /** A fresh invitation, valid for {@link #VALIDITY} from now. */
    public VolunteerInvitation invite(String supporterId, String campaignId, String community, String language,
            String source, String sourceId) {
        if (!SOURCES.contains(source)) {
            throw new IllegalArgumentException("Unknown invitation source " + source);
        }
        return new VolunteerInvitation(1, supporterId, campaignId, community, language, source, sourceId,
                clock.instant().plus(VALIDITY));
    }

    /** The signed token of {@code invitation}. */
    public String issue(VolunteerInvitation invitation) {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(invitation));
        return payload + "." + hmac.mac(payload);
    }

    /** The sign-up link of {@code invitation} under the platform's public base URL (no trailing slash needed). */
    public String signupUrl(String publicBase, VolunteerInvitation invitation) {
        String base = publicBase.endsWith("/") ? publicBase.substring(0, publicBase.length() - 1) : publicBase;
        return base + "/outreach/volunteer?invitation=" + URLEncoder.encode(issue(invitation), StandardCharsets.UTF_8)
                + "&lang=" + URLEncoder.encode(invitation.language(), StandardCharsets.UTF_8);
    }

    /** The notification request id of an invitation: one per person and campaign, whoever sends it. */
    public static String requestId(String supporterId, String campaignId) {
        return "outreach-invitation:" + supporterId + ":" + campaignId;
    }

    /** The invitation, when the token is intact, of a known kind and not expired. */
    public Optional<VolunteerInvitation> read(String token) {
        if (token == null || token.length() > 2048) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || !hmac.verify(token.substring(0, dot), token.substring(dot + 1))) {
            return Optional.empty();
        }
        try {
            VolunteerInvitation invitation = json.readValue(
                    new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8),
                    VolunteerInvitation.class);
            boolean valid = invitation.v() == 1 && invitation.supporterId() != null && SOURCES.contains(invitation.source())
                    && invitation.expiresAt() != null && invitation.expiresAt().isAfter(clock.instant());
            return valid ? Optional.of(invitation) : Optional.empty();
        } catch (IllegalArgumentException | JacksonException e) {
            return Optional.empty();
        }
    }
}
