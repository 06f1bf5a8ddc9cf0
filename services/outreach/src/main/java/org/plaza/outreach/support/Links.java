package org.plaza.outreach.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.plaza.starter.supporter.Hmac;
import org.plaza.starter.supporter.SupporterSettings;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Personal links to one item: a sign-up's page (where it is cancelled), a certificate, and a meeting RSVP's page. Each is the item's id
 * and a MAC of it, so links need no storage, are the same in every email about the item (a reminder sent twice
 * would carry the same link) and cannot be guessed from an id. A volunteer's own page has a link that expires and
 * can be revoked ({@code volunteer.PersonalLinks}); this class gives it the public origin.
 */
@Component
public class Links {

    /** The kinds of personal link, each with a key of its own. */
    public enum Kind {
        SIGNUP("/outreach/signups/"), CERTIFICATE("/outreach/certificates/"), RSVP("/outreach/rsvps/");

        private final String path;

        Kind(String path) {
            this.path = path;
        }
    }

    private final OutreachSettings settings;
    private final Environment environment;
    private final Hmac hmac;

    Links(OutreachSettings settings, SupporterSettings supporter, Environment environment) {
        this.settings = settings;
        this.environment = environment;
        this.hmac = Hmac.forPurpose(supporter, "plaza.outreach.links.v1");
    }

    /** The MAC that opens the item; part of its link. */
    public String key(Kind kind, String id) {
        return hmac.mac(kind.name() + ":" + id).substring(0, 22);
    }

    public boolean opens(Kind kind, String id, String key) {
        return key != null && id != null && MessageDigest.isEqual(key(kind, id).getBytes(StandardCharsets.US_ASCII),
                key.getBytes(StandardCharsets.US_ASCII));
    }

    /** The path of the item's page on this service, e.g. {@code /outreach/me/vol_…/Kq…}. */
    public String path(Kind kind, String id) {
        return kind.path + id + "/" + key(kind, id);
    }

    /** The link a resident opens, on the public origin. */
    public String url(Kind kind, String id) {
        return publicBase() + path(kind, id);
    }

    /** The same link on the origin the notifications service fetches attachments from. */
    public String internalUrl(Kind kind, String id) {
        return internalBase() + path(kind, id);
    }

    /** The origin the notifications service fetches attachments from. */
    public String internalBase() {
        return settings.internalBaseUrl().isBlank() ? "http://127.0.0.1:" + port() : strip(settings.internalBaseUrl());
    }

    public String publicBase() {
        return settings.publicBaseUrl().isBlank() ? "http://localhost:" + port() : strip(settings.publicBaseUrl());
    }

    private String port() {
        return environment.getProperty("local.server.port", environment.getProperty("server.port", "8085"));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
