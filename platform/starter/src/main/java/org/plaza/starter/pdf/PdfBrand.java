package org.plaza.starter.pdf;

import java.awt.Color;
import java.io.OutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Plaza's look on paper, the same as on screen ({@code /plaza/plaza.css}): the brand colour for titles, the
 * wash behind table headers, muted grey for notes, the table pieces every report uses, and the document's
 * description (title, creator, language). Fonts come from {@link PdfFonts}. Requires
 * {@code com.github.librepdf:openpdf} on the classpath.
 */
public final class PdfBrand {

    /** {@code --brand}: titles and headings. */
    public static final Color BRAND = new Color(0x8a, 0x2b, 0x06);
    /** {@code --wash}: the background of table headers. */
    public static final Color WASH = new Color(0xf4, 0xf1, 0xea);
    /** Notes, dates and the small print. */
    public static final Color MUTED = Color.DARK_GRAY;

    private PdfBrand() {
    }

    /**
     * Starts writing {@code document} to {@code out}: its title, Plaza as its creator, and the language it is
     * written in ({@code /Lang}, which screen readers use to pronounce it). Call before {@code document.open()}.
     */
    public static PdfWriter writer(Document document, OutputStream out, String title, String language) {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Plaza");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        return writer;
    }

    /** A table of the given relative column widths across the whole page width. */
    public static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    /** A header cell: the text on the wash, padded. */
    public static PdfPCell headerCell(String text, Font font) {
        PdfPCell cell = cell(text, font, 4);
        cell.setBackgroundColor(WASH);
        return cell;
    }

    /** A body cell with the given padding on every side. */
    public static PdfPCell cell(String text, Font font, float padding) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(padding);
        return cell;
    }
}
