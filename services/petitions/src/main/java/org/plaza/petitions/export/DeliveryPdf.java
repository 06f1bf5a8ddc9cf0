package org.plaza.petitions.export;

import java.awt.Color;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionDetails;
import org.plaza.petitions.signature.SignerRow;
import org.plaza.petitions.tally.Channels;
import org.plaza.petitions.tally.Counts;
import org.plaza.starter.pdf.PdfBrand;
import org.plaza.starter.pdf.PdfFonts;
import org.springframework.context.MessageSource;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The delivery document for the decision-maker. A bilingual cover (Spanish first, then English): the
 * petition, to whom, its text, the verified total, how many came online, on paper forms and by canvass, and the
 * counts by community; then the signers as a
 * numbered table of name and community, never emails. The table is added in chunks, so pages reach the
 * client as they fill instead of the whole list being held in memory. Text is set in the embedded Unicode
 * font of {@link PdfFonts}, so every signer's name prints whatever its alphabet.
 */
final class DeliveryPdf {

    private static final int CHUNK = 200;
    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Locale EN = Locale.ENGLISH;

    private final MessageSource messages;
    private final Vocabulary vocabulary;
    private final ZoneId zone;
    private final Font title = PdfFonts.font(18, Font.BOLD, PdfBrand.BRAND);
    private final Font heading = PdfFonts.font(12, Font.BOLD, Color.BLACK);
    private final Font body = PdfFonts.font(10, Font.NORMAL, Color.BLACK);
    private final Font muted = PdfFonts.font(9, Font.ITALIC, PdfBrand.MUTED);

    DeliveryPdf(MessageSource messages, Vocabulary vocabulary, ZoneId zone) {
        this.messages = messages;
        this.vocabulary = vocabulary;
        this.zone = zone;
    }

    long write(Petition petition, Counts counts, Stream<SignerRow> rows, OutputStream out, Instant now) {
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        PdfBrand.writer(document, out, petition.title("es") + " / " + petition.title("en"), "es");
        document.open();
        cover(document, petition, counts, now);
        document.newPage();
        long signers = signers(document, rows);
        document.close();
        return signers;
    }

    private void cover(Document document, Petition petition, Counts counts, Instant now) {
        PetitionDetails details = petition.details();
        document.add(new Paragraph(both("export.pdf.petition"), muted));
        document.add(spaced(new Paragraph(details.titleEs(), title), 2));
        document.add(spaced(new Paragraph(details.titleEn(), title), 10));
        document.add(new Paragraph(text("export.pdf.addressed-to", ES, details.decisionMakerEs()), heading));
        document.add(spaced(new Paragraph(text("export.pdf.addressed-to", EN, details.decisionMakerEn()), heading), 10));

        document.add(new Paragraph(both("export.pdf.totals"), heading));
        document.add(new Paragraph(text("export.pdf.verified", ES, counts.verified()) + " / "
                + text("export.pdf.verified", EN, counts.verified()), body));
        Map<String, Long> split = counts.byChannelOf();
        Object[] channels = { split.get(Channels.WEB), split.get(Channels.PAPER_FORM), split.get(Channels.CANVASS) };
        document.add(new Paragraph(messages.getMessage("export.pdf.by-channel", channels, ES) + " / "
                + messages.getMessage("export.pdf.by-channel", channels, EN), body));
        PdfPTable byCommunity = new PdfPTable(new float[] { 3, 1 });
        byCommunity.setWidthPercentage(70);
        byCommunity.setHorizontalAlignment(Element.ALIGN_LEFT);
        byCommunity.setSpacingBefore(6);
        byCommunity.addCell(headerCell(both("export.pdf.community")));
        byCommunity.addCell(headerCell(both("export.pdf.signatures")));
        for (Map.Entry<String, Long> entry : counts.byCommunitySorted().entrySet()) {
            String es = vocabulary.communityName(entry.getKey(), ES);
            String en = vocabulary.communityName(entry.getKey(), EN);
            byCommunity.addCell(cell(es.equals(en) ? es : es + " / " + en));
            byCommunity.addCell(cell(String.valueOf(entry.getValue())));
        }
        document.add(byCommunity);
        String date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withZone(zone)
                .withLocale(ES).format(now) + " / "
                + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withZone(zone)
                        .withLocale(EN).format(now);
        document.add(spaced(new Paragraph(text("export.pdf.generated", ES, date), muted), 4));

        section(document, "export.pdf.text", ES, details.textEs());
        section(document, "export.pdf.text", EN, details.textEn());
        document.add(spaced(new Paragraph(both("export.pdf.privacy"), muted), 10));
    }

    private long signers(Document document, Stream<SignerRow> rows) {
        document.add(spaced(new Paragraph(both("export.pdf.signers"), heading), 6));
        PdfPTable table = PdfBrand.table(1, 6, 4);
        table.setHeaderRows(1);
        table.setComplete(false);
        table.addCell(headerCell("#"));
        table.addCell(headerCell(both("export.pdf.name")));
        table.addCell(headerCell(both("export.pdf.community")));
        long count = 0;
        for (SignerRow row : (Iterable<SignerRow>) rows::iterator) {
            count++;
            table.addCell(cell(String.valueOf(count)));
            table.addCell(cell(row.fullName() == null ? "—" : row.fullName()));
            String es = vocabulary.communityName(row.community(), ES);
            String en = vocabulary.communityName(row.community(), EN);
            table.addCell(cell(es.equals(en) ? es : es + " / " + en));
            if (count % CHUNK == 0) {
                document.add(table);
            }
        }
        table.setComplete(true);
        document.add(table);
        return count;
    }

    private void section(Document document, String key, Locale locale, String text) {
        document.add(spaced(new Paragraph(messages.getMessage(key, null, locale), heading), 10));
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            if (!line.isBlank()) {
                document.add(spaced(new Paragraph(line.strip(), body), 3));
            }
        }
    }

    private String both(String key) {
        String es = messages.getMessage(key, null, ES);
        String en = messages.getMessage(key, null, EN);
        return es.equals(en) ? es : es + " / " + en;
    }

    private String text(String key, Locale locale, Object argument) {
        return messages.getMessage(key, new Object[] { argument }, locale);
    }

    private PdfPCell headerCell(String text) {
        return PdfBrand.headerCell(text, heading);
    }

    private PdfPCell cell(String text) {
        return PdfBrand.cell(text, body, 3);
    }

    private static Paragraph spaced(Paragraph paragraph, float before) {
        paragraph.setSpacingBefore(before);
        return paragraph;
    }
}
