package org.plaza.starter.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * Embedded Liberation Sans (metric-compatible with Helvetica and Arial) in Unicode encoding, for every PDF
 * Plaza writes. The standard Helvetica of PDF readers only knows Windows-1252, so names such as
 * "Nguyễn", "Łucja" or "Xóchitl Ñuu Savi" would lose letters; an embedded font prints them all.
 * Fonts are embedded whole rather than subset: a subset gets a random name prefix, which would make two
 * PDFs of the same inputs differ (the comments packet promises the same bytes apart from its timestamp).
 * Requires {@code com.github.librepdf:openpdf} and {@code openpdf-fonts-extra} on the classpath.
 */
public final class PdfFonts {

    private static final Map<Integer, BaseFont> BASE_FONTS = new ConcurrentHashMap<>();

    private PdfFonts() {
    }

    /** A font of the given size and style ({@link Font#NORMAL}, {@link Font#BOLD}, {@link Font#ITALIC}, {@link Font#BOLDITALIC}). */
    public static Font font(float size, int style, Color color) {
        return new Font(base(style), size, Font.NORMAL, color);
    }

    /** A black font of the given size and style. */
    public static Font font(float size, int style) {
        return font(size, style, Color.BLACK);
    }

    /** The embedded base font of a style, loaded once per JVM. */
    public static BaseFont base(int style) {
        int key = style & Font.BOLDITALIC;
        return BASE_FONTS.computeIfAbsent(key, PdfFonts::load);
    }

    private static BaseFont load(int style) {
        String file = switch (style) {
            case Font.BOLD -> "LiberationSans-Bold.ttf";
            case Font.ITALIC -> "LiberationSans-Italic.ttf";
            case Font.BOLDITALIC -> "LiberationSans-BoldItalic.ttf";
            default -> "LiberationSans-Regular.ttf";
        };
        try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("liberation/" + file + " is not on the classpath: add "
                        + "com.github.librepdf:openpdf-fonts-extra to the service's dependencies");
            }
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            font.setSubset(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
