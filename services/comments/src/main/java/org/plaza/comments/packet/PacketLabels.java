package org.plaza.comments.packet;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The packet's words in the clerk's language, and text made printable with the PDF's standard fonts:
 * characters outside Windows-1252 (which covers Spanish and English) print as "?"; the CSV keeps them.
 */
final class PacketLabels {

    private final MessageSource messages;
    private final Locale locale;
    private final CharsetEncoder printable = Charset.forName("windows-1252").newEncoder();

    PacketLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage("comments.packet." + key, arguments, locale);
    }

    String position(String code) {
        return messages.getMessage("comments.position." + code, null, code, locale);
    }

    String community(String code) {
        return messages.getMessage("comments.community." + code, null, code, locale);
    }

    String language(String code) {
        return code == null ? "" : messages.getMessage("comments.language." + code, null, code, locale);
    }

    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || (Character.isBmpCodePoint(c) && printable.canEncode((char) c) && !Character.isISOControl(c))) {
                out.append((char) c);
            } else if (c == '\t') {
                out.append(' ');
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
