package org.plaza.outreach.volunteer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.OutreachSettings;
import org.plaza.starter.supporter.Hmac;
import org.plaza.starter.supporter.SupporterSettings;
import org.springframework.stereotype.Component;

/**
 * A volunteer's personal link, {@code /outreach/me/<volunteerId>/<key>}, which opens their page and lets them take
 * places. The key is {@code <mac>.<expiry>}: the expiry (epoch seconds, base 36) is in the clear and the MAC covers
 * the id, the volunteer's link generation and the expiry. So a link expires on its own
 * ({@code plaza.outreach.personal-link-ttl}, nothing stored per link), and raising the generation revokes every
 * link issued before. Links are issued only to a proven address: after a confirmed sign-up, in an email to the
 * volunteer, or to the holder of a valid link who renews it. An expired, revoked, altered, unknown or someone
 * else's link opens nothing, and all look the same to the caller.
 */
@Component
public class PersonalLinks {

    private static final String PATH = "/outreach/me/";

    private final Volunteers volunteers;
    private final Links links;
    private final Hmac hmac;
    private final OutreachSettings settings;
    private final Clock clock;

    PersonalLinks(Volunteers volunteers, Links links, SupporterSettings supporter, OutreachSettings settings, Clock clock) {
        this.volunteers = volunteers;
        this.links = links;
        this.hmac = Hmac.forPurpose(supporter, "plaza.outreach.personal-links.v2");
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * One personal link.
     *
     * @param key       the last part of the path, which the public sign-up API also takes as {@code volunteerKey}
     * @param path      the path on this service
     * @param url       the link on the public origin, for emails
     * @param expiresAt when it stops working
     */
    public record Link(String volunteerId, String key, String path, String url, Instant expiresAt) {
    }

    /** A new link to the volunteer's page, valid for the configured time from now. */
    public Link issue(Volunteer volunteer) {
        long expires = clock.instant().plus(settings.personalLinkTtl()).getEpochSecond();
        String key = mac(volunteer.id(), volunteer.linkGeneration(), expires) + "." + Long.toString(expires, 36);
        String path = path(volunteer.id(), key);
        return new Link(volunteer.id(), key, path, links.publicBase() + path, Instant.ofEpochSecond(expires));
    }

    /** The path of a link already held (pages link back to themselves with the key they were opened with). */
    public static String path(String volunteerId, String key) {
        return PATH + volunteerId + "/" + key;
    }

    /** The volunteer a link opens: empty when it is expired, revoked, altered or for someone else. */
    public Optional<Volunteer> open(String volunteerId, String key) {
        if (volunteerId == null || key == null || key.length() > 64) {
            return Optional.empty();
        }
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        long expires;
        try {
            expires = Long.parseLong(key.substring(dot + 1), 36);
        } catch (NumberFormatException notALink) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(Instant.ofEpochSecond(expires))) {
            return Optional.empty();
        }
        String given = key.substring(0, dot);
        return volunteers.findById(volunteerId).filter(v -> !v.anonymized())
                .filter(v -> MessageDigest.isEqual(mac(v.id(), v.linkGeneration(), expires).getBytes(StandardCharsets.US_ASCII),
                        given.getBytes(StandardCharsets.US_ASCII)));
    }

    private String mac(String volunteerId, int generation, long expires) {
        return hmac.mac("VOLUNTEER:" + volunteerId + ":" + generation + ":" + expires).substring(0, 22);
    }
}
