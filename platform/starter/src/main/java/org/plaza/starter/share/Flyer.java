package org.plaza.starter.share;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.plaza.starter.pdf.PdfBrand;
import org.plaza.starter.pdf.PdfFonts;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;

/**
 * A printable bilingual flyer of an item (letter size, OpenPDF through the starter's PDF kit): the title in Spanish
 * and in English, a one-line ask in both, the item's QR code, its short link and the organization. Services that
 * serve one have OpenPDF on their classpath (see {@code org.plaza.starter.pdf}).
 *
 * @param titleEs the item's title in Spanish
 * @param titleEn the item's title in English
 * @param askEs one line asking a resident to act, in Spanish
 * @param askEn the same in English
 * @param url the address the QR code opens (with its {@code ?src=qr})
 * @param shortLink the address printed under the code, short enough to type
 * @param organization who organizes it
 */
public record Flyer(String titleEs, String titleEn, String askEs, String askEn, String url, String shortLink,
        String organization) {

    /**
     * The flyer of the item at {@code itemUrl} (absolute, without a query): its QR code opens {@code itemUrl?src=qr},
     * and the short link printed under it is the address without its scheme.
     */
    public static Flyer of(String titleEs, String titleEn, String askEs, String askEn, String itemUrl,
            String organization) {
        return new Flyer(titleEs, titleEn, askEs, askEn, ShareLinks.withSource(itemUrl, "qr"),
                itemUrl.replaceFirst("^https?://", ""), organization);
    }

    /** The flyer as PDF bytes. */
    public byte[] pdf() {
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfBrand.writer(document, out, titleEs + " / " + titleEn, "es");
        document.open();
        try {
            document.add(centred(titleEs, PdfFonts.font(28, Font.BOLD, PdfBrand.BRAND), 0));
            document.add(centred(titleEn, PdfFonts.font(22, Font.BOLD, PdfBrand.BRAND), 4));
            document.add(centred(askEs, PdfFonts.font(16, Font.NORMAL), 18));
            document.add(centred(askEn, PdfFonts.font(16, Font.NORMAL), 2));
            Image qr = Image.getInstance(QrCodes.png(url));
            qr.scaleAbsolute(288, 288);
            qr.setAlignment(Element.ALIGN_CENTER);
            qr.setSpacingBefore(18);
            document.add(qr);
            document.add(centred(shortLink, PdfFonts.font(14, Font.BOLD), 6));
            document.add(centred(organization, PdfFonts.font(12, Font.NORMAL, PdfBrand.MUTED), 24));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }
}
