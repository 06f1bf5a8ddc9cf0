package org.plaza.notifications.channel.email;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The email channel. The SMTP server itself (host, port, TLS, credentials) is Boot's {@code spring.mail.*}.
 *
 * @param from        the sender address; its display name is the organization
 * @param replyTo     where replies go, or blank for none
 * @param rateLimit   sends per minute to each recipient domain
 * @param attachments where and how attachments are fetched
 */
@ConfigurationProperties("plaza.notifications.email")
public record EmailSettings(@DefaultValue("no-reply@plaza.example") String from, @DefaultValue("") String replyTo,
        @DefaultValue RateLimit rateLimit, @DefaultValue Attachments attachments) {

    /**
     * @param perMinute the default: messages per minute to one domain (after the domain's canonical form)
     * @param domains   per-domain overrides, e.g. {@code plaza.notifications.email.rate-limit.domains[gmail.com]=600}
     */
    public record RateLimit(@DefaultValue("120") int perMinute, Map<String, Integer> domains) {

        public RateLimit {
            domains = domains == null ? Map.of() : Map.copyOf(domains);
        }

        int perMinuteFor(String domain) {
            return domains.getOrDefault(domain, perMinute);
        }
    }

    /**
     * @param allowedHosts hosts an attachment may be fetched from (the requesting services, on loopback or
     *                     the internal network); anything else is refused
     * @param maxSize      the largest file accepted
     * @param timeout      connect and read timeout of one fetch
     */
    public record Attachments(@DefaultValue({ "127.0.0.1", "localhost" }) List<String> allowedHosts,
            @DefaultValue("20MB") DataSize maxSize, @DefaultValue("30s") Duration timeout) {
    }
}
