package org.plaza.comments.packet;

import java.text.Normalizer;
import java.util.Locale;

import org.plaza.starter.pdf.PdfFonts;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.MessageSource;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The packet's words in the clerk's language, and text made printable with the PDF's embedded font
 * (Liberation Sans, {@link PdfFonts}): text is composed (NFC) and every character the font has prints
 * (Latin with any accents, Greek, Cyrillic); the few it lacks (emoji, other scripts) print as "?". The CSV
 * keeps every character.
 */
final class PacketLabels {

    private final MessageSource messages;
    private final Vocabulary vocabulary;
    private final Locale locale;
    private static final BaseFont FONT = PdfFonts.base(Font.NORMAL);

    PacketLabels(MessageSource messages, Vocabulary vocabulary, Locale locale) {
        this.messages = messages;
        this.vocabulary = vocabulary;
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
        return vocabulary.communityName(code, locale);
    }

    String language(String code) {
        return code == null ? "" : vocabulary.languageName(code, locale);
    }

    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(c -> {
            if (c == '\n' || (!Character.isISOControl(c) && FONT.charExists(c))) {
                out.appendCodePoint(c);
            } else if (c == '\t') {
                out.append(' ');
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
