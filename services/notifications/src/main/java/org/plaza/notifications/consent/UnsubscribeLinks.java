package org.plaza.notifications.consent;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.plaza.notifications.template.Category;
import org.plaza.starter.supporter.SupporterAutoConfiguration;
import org.plaza.starter.supporter.SupporterSettings;
import org.springframework.stereotype.Component;

/**
 * Signed unsubscribe links: {@code <base>/notifications/unsubscribe/<token>?lang=es}, where the token is
 * the recipient key and category, base64url, a dot, and 128 bits of HMAC-SHA256 over them. The link holds
 * no address and cannot be forged for someone else; it stays valid as long as the key does, because
 * an unsubscribe link must keep working in old emails.
 */
@Component
public class UnsubscribeLinks {

    /** The page's path; the gateway routes {@code /notifications/**} here. */
    public static final String PATH = "/notifications/unsubscribe/";

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final String baseUrl;
    private final SecretKeySpec key;

    public UnsubscribeLinks(LinkSettings settings, SupporterSettings supporter) {
        this.baseUrl = settings.publicBaseUrl().replaceAll("/+$", "");
        this.key = new SecretKeySpec(linkKey(settings.key(), supporter.key()), ALGORITHM);
    }

    /**
     * The configured link key, or one derived from the supporter key (HMAC of a fixed label), so that links
     * need no extra secret. The supporter key is only blank under the embedded and test profiles, which
     * use the starter's public development key.
     */
    static byte[] linkKey(String configured, String supporterKey) {
        if (configured != null && !configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        String secret = supporterKey == null || supporterKey.isBlank()
                ? SupporterAutoConfiguration.DEVELOPMENT_KEY
                : supporterKey;
        return hmac(secret.getBytes(StandardCharsets.UTF_8), "plaza.notifications.unsubscribe-links");
    }

    public String urlFor(String recipientKey, Category category, Locale locale) {
        return baseUrl + PATH + tokenFor(recipientKey, category) + "?lang=" + locale.getLanguage();
    }

    /**
     * The link in one message: as {@link #urlFor(String, Category, Locale)}, plus {@code via=<requestId>} so the
     * unsubscribe can be counted against the message whose link was used (not signed: it only feeds reports).
     */
    public String urlFor(String recipientKey, Category category, Locale locale, String requestId) {
        String url = urlFor(recipientKey, category, locale);
        return validVia(requestId) ? url + "&via=" + URLEncoder.encode(requestId, StandardCharsets.UTF_8) : url;
    }

    /** Whether a {@code via} value can name a request: a request id's length and characters, nothing else. */
    public static boolean validVia(String requestId) {
        return requestId != null && !requestId.isEmpty() && requestId.length() <= 200
                && requestId.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "-_:.".indexOf(c) >= 0));
    }

    public String tokenFor(String recipientKey, Category category) {
        String payload = recipientKey + "|" + category.name();
        byte[] mac = Arrays.copyOf(hmac(key.getEncoded(), payload), MAC_BYTES);
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(mac);
    }

    /** The unsubscribe a token stands for, if its signature is right. */
    public Optional<Unsubscribe> read(String token) {
        if (token == null || token.length() > 512) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        try {
            String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] mac = DECODER.decode(token.substring(dot + 1));
            byte[] expected = Arrays.copyOf(hmac(key.getEncoded(), payload), MAC_BYTES);
            if (!MessageDigest.isEqual(mac, expected)) {
                return Optional.empty();
            }
            int bar = payload.lastIndexOf('|');
            return Category.parse(payload.substring(bar + 1))
                    .filter(category -> !category.alwaysSent())
                    .map(category -> new Unsubscribe(payload.substring(0, bar), category));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(byte[] secret, String data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", unavailable);
        }
    }
}
