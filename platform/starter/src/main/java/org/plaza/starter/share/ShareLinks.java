package org.plaza.starter.share;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The share links of one item page (a petition, a comment drive, a shift), as plain links a phone opens in its
 * own app: WhatsApp ({@code https://wa.me/?text=}), SMS ({@code sms:?&body=}), the Facebook sharer and email
 * ({@code mailto:?subject=&body=}). Each carries the item's absolute address with a source code
 * ({@code ?src=whatsapp}, {@code sms}, {@code facebook}, {@code email}), so a visit tells which share brought it.
 * The page renders them with {@code ~{plaza/share :: share-links(${share})}}; the text is in the page's language.
 *
 * @param whatsapp the WhatsApp link
 * @param sms the SMS link
 * @param facebook the Facebook sharer link
 * @param email the email link
 */
public record ShareLinks(String whatsapp, String sms, String facebook, String email) {

    /** The query parameter naming where a visit came from. */
    public static final String SOURCE = "src";

    /**
     * The links for the item at {@code itemUrl} (absolute, on the public origin), with {@code message} (one line in
     * the page's language, e.g. "Sign the petition: Clean water for Mecca") before the address, and
     * {@code subject} as the email's subject.
     */
    public static ShareLinks of(String itemUrl, String message, String subject) {
        return new ShareLinks(
                "https://wa.me/?text=" + encode(message + " " + withSource(itemUrl, "whatsapp")),
                "sms:?&body=" + encode(message + " " + withSource(itemUrl, "sms")),
                "https://www.facebook.com/sharer/sharer.php?u=" + encode(withSource(itemUrl, "facebook")),
                "mailto:?subject=" + encode(subject) + "&body=" + encode(message + "\n\n" + withSource(itemUrl, "email")));
    }

    /** {@code itemUrl} with {@code src=code}, keeping its other query parameters (such as {@code lang}). */
    public static String withSource(String itemUrl, String code) {
        return UriComponentsBuilder.fromUriString(itemUrl).replaceQueryParam(SOURCE, code).build().toUriString();
    }

    private static String encode(String text) {
        return UriUtils.encode(text, StandardCharsets.UTF_8);
    }
}
