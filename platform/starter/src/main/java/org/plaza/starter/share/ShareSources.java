package org.plaza.starter.share;

import java.util.List;
import java.util.Locale;

/**
 * Which share brought a visit, from the {@code ?src=} its address carries ({@link ShareLinks}, the QR code, a flyer),
 * as it may travel on: a page keeps {@link #code} in a hidden field of its form, and the event of the action says
 * {@link #of}. Only the codes Plaza writes are kept as they are; anything else a visitor put in the address becomes
 * {@value #OTHER}, so no free text reaches a form, a database or an event.
 */
public final class ShareSources {

    /** The codes Plaza puts on an item's address: the share links, the QR code and the flyer. */
    public static final List<String> CODES = List.of("whatsapp", "sms", "facebook", "email", "qr", "flyer");

    /** A source code outside {@link #CODES}. */
    public static final String OTHER = "OTHER";

    private ShareSources() {
    }

    /**
     * The code to keep with a visit (lower case, as in the address): one of {@link #CODES}, {@code other} for any other
     * value, null when the address named no source.
     */
    public static String code(String src) {
        String event = of(src);
        return event == null ? null : event.toLowerCase(Locale.ROOT);
    }

    /**
     * The source as an event names it: {@code WHATSAPP}, {@code SMS}, {@code FACEBOOK}, {@code EMAIL}, {@code QR},
     * {@code FLYER}, {@value #OTHER} for any other value, null when there is none (absent or blank).
     */
    public static String of(String src) {
        if (src == null || src.isBlank()) {
            return null;
        }
        String code = src.strip().toLowerCase(Locale.ROOT);
        return CODES.contains(code) ? code.toUpperCase(Locale.ROOT) : OTHER;
    }
}
