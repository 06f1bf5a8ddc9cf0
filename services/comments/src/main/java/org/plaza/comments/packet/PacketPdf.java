package org.plaza.comments.packet;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.bson.Document;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.support.DateTexts;
import org.plaza.starter.pdf.PdfBrand;
import org.plaza.starter.pdf.PdfFonts;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes a packet PDF while reading the comments: a cover with the totals, each group of identical or
 * near-identical comments once with its size and members, every other comment, and the speaker list.
 * Liberation Sans embedded whole in Unicode ({@link PdfFonts}: Latin with any accents, Greek and Cyrillic
 * print, and there is no random subset prefix), a file id derived from the drive and a fixed layout are used,
 * and the compilation time is written only in the document information dates (never inside a compressed
 * page), so the same comments give the same bytes except those dates.
 */
final class PacketPdf {

    private static final Font TITLE = PdfFonts.font(18, Font.BOLD);
    private static final Font HEADING = PdfFonts.font(14, Font.BOLD);
    private static final Font SUBHEADING = PdfFonts.font(11, Font.BOLD);
    private static final Font BODY = PdfFonts.font(10, Font.NORMAL);
    private static final Font SMALL = PdfFonts.font(9, Font.NORMAL);
    private static final Font ITALIC = PdfFonts.font(10, Font.ITALIC);
    private static final int NAMES_PER_PARAGRAPH = 40;

    private final PacketLabels labels;

    PacketPdf(PacketLabels labels) {
        this.labels = labels;
    }

    /** The texts that spell the compilation time, which the content hash leaves out. */
    static java.util.List<String> timestampSpellings(Instant compiledAt) {
        Instant at = compiledAt.truncatedTo(ChronoUnit.SECONDS);
        String pdfDate = new PdfDate(calendar(at)).toString();
        return java.util.List.of(pdfDate);
    }

    void write(OutputStream out, PacketSource source, PacketTotals totals, Instant compiledAt, byte[] fileId) {
        CommentDrive drive = source.drive();
        com.lowagie.text.Document document = new com.lowagie.text.Document(PageSize.LETTER, 54, 54, 54, 60);
        try {
            PdfWriter writer = PdfBrand.writer(document, out, labels.printable(labels.get("title", drive.bodyName())),
                    labels.locale().getLanguage());
            writer.setPageEvent(new Footer(labels.printable(drive.bodyName() + " · "
                    + labels.get("item", drive.content().agendaItemNumber()))));
            document.addSubject(labels.printable(drive.content().title(labels.locale().getLanguage())));
            document.open();
            PdfDate date = new PdfDate(calendar(compiledAt.truncatedTo(ChronoUnit.SECONDS)));
            writer.getInfo().put(PdfName.CREATIONDATE, date);
            writer.getInfo().put(PdfName.MODDATE, date);
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
            cover(document, drive, totals);
            document.newPage();
            groups(document, source, totals);
            unique(document, source, totals);
            speakers(document, source, drive, totals);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the packet PDF", e);
        }
    }

    private void cover(com.lowagie.text.Document document, CommentDrive drive, PacketTotals totals)
            throws DocumentException {
        String language = labels.locale().getLanguage();
        add(document, new Paragraph(p(labels.get("title", drive.bodyName())), TITLE));
        add(document, new Paragraph(p(labels.get("item-title", drive.content().agendaItemNumber(),
                drive.content().title(language))), HEADING));
        String other = "es".equals(language) ? "en" : "es";
        add(document, new Paragraph(p(drive.content().title(other)), ITALIC));
        add(document, line(labels.get("meeting"), DateTexts.dateTime(drive.meetingAt(), drive.zone(), labels.locale())));
        add(document, line(labels.get("deadline"),
                DateTexts.dateTime(drive.commentDeadline(), drive.zone(), labels.locale())));
        add(document, line(labels.get("closed"), DateTexts.dateTime(drive.cutoff(), drive.zone(), labels.locale())));
        if (drive.content().agendaUrl() != null) {
            add(document, line(labels.get("agenda"), drive.content().agendaUrl()));
        }
        add(document, line(labels.get("decision"), drive.content().decision(language)));
        add(document, new Paragraph(" ", BODY));
        add(document, new Paragraph(p(labels.get("totals", totals.commentCount())), HEADING));
        counts(document, labels.get("by-position"), totals.byPosition(), labels::position);
        counts(document, labels.get("by-community"), totals.byCommunity(), labels::community);
        counts(document, labels.get("by-language"), totals.byLanguage(), labels::language);
        add(document, new Paragraph(p(labels.get("summary", totals.groupCount(), totals.groupedCommentCount(),
                totals.uniqueCommentCount(), totals.speakerCount())), BODY));
        add(document, new Paragraph(p(labels.get("public-record")), SMALL));
    }

    private void counts(com.lowagie.text.Document document, String heading, Map<String, Integer> counts,
            java.util.function.Function<String, String> label) throws DocumentException {
        add(document, new Paragraph(p(heading), SUBHEADING));
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            add(document, new Paragraph(p(label.apply(entry.getKey()) + ": " + entry.getValue()), BODY));
        }
    }

    private void groups(com.lowagie.text.Document document, PacketSource source, PacketTotals totals)
            throws DocumentException {
        add(document, new Paragraph(p(labels.get("groups-heading", totals.groupCount())), HEADING));
        if (totals.groupCount() == 0) {
            add(document, new Paragraph(p(labels.get("none")), BODY));
            return;
        }
        add(document, new Paragraph(p(labels.get("groups-explained")), SMALL));
        try (Stream<Document> multi = source.multiGroups(); Stream<PacketRow> rows = source.byGroup()) {
            GroupSizes sizes = new GroupSizes(multi.iterator());
            String current = null;
            int number = 0;
            int inParagraph = 0;
            Paragraph names = null;
            for (PacketRow row : (Iterable<PacketRow>) rows::iterator) {
                int size = row.groupKey() == null ? 1 : sizes.sizeOf(row.groupKey());
                if (size < 2) {
                    continue;
                }
                if (!row.groupKey().equals(current)) {
                    if (names != null) {
                        add(document, names);
                    }
                    current = row.groupKey();
                    number++;
                    add(document, new Paragraph(" ", SMALL));
                    add(document, new Paragraph(p(labels.get("group", number, size)), SUBHEADING));
                    add(document, new Paragraph(p(labels.position(row.position()) + " · "
                            + labels.language(row.language())), SMALL));
                    commentText(document, row);
                    add(document, new Paragraph(p(labels.get("submitted-by")), SUBHEADING));
                    names = new Paragraph("", BODY);
                    inParagraph = 0;
                }
                if (inParagraph > 0) {
                    names.add(new Chunk("; ", BODY));
                }
                names.add(new Chunk(p(person(row)), BODY));
                if (++inParagraph == NAMES_PER_PARAGRAPH) {
                    add(document, names);
                    names = new Paragraph("", BODY);
                    inParagraph = 0;
                }
            }
            if (names != null && inParagraph > 0) {
                add(document, names);
            }
        }
    }

    private void unique(com.lowagie.text.Document document, PacketSource source, PacketTotals totals)
            throws DocumentException {
        document.newPage();
        add(document, new Paragraph(p(labels.get("unique-heading", totals.uniqueCommentCount())), HEADING));
        if (totals.uniqueCommentCount() == 0) {
            add(document, new Paragraph(p(labels.get("none")), BODY));
            return;
        }
        try (Stream<Document> multi = source.multiGroups(); Stream<PacketRow> rows = source.byGroup()) {
            GroupSizes sizes = new GroupSizes(multi.iterator());
            int number = 0;
            for (PacketRow row : (Iterable<PacketRow>) rows::iterator) {
                if (row.groupKey() != null && sizes.sizeOf(row.groupKey()) > 1) {
                    continue;
                }
                number++;
                add(document, new Paragraph(" ", SMALL));
                add(document, new Paragraph(p(labels.get("unique", number) + " " + person(row)), SUBHEADING));
                add(document, new Paragraph(p(labels.position(row.position()) + " · " + labels.language(row.language())
                        + (row.organization() == null ? "" : " · " + row.organization())), SMALL));
                commentText(document, row);
            }
        }
    }

    private void speakers(com.lowagie.text.Document document, PacketSource source, CommentDrive drive,
            PacketTotals totals) throws DocumentException {
        document.newPage();
        add(document, new Paragraph(p(labels.get("speakers-heading", totals.speakerCount())), HEADING));
        if (totals.speakerCount() == 0) {
            add(document, new Paragraph(p(labels.get("none")), BODY));
            return;
        }
        try (Stream<PacketRow> rows = source.speakers()) {
            int number = 0;
            for (PacketRow row : (Iterable<PacketRow>) rows::iterator) {
                number++;
                String speaking = row.speakingLanguage() == null ? drive.meetingLanguage() : row.speakingLanguage();
                String needs = speaking.equals(drive.meetingLanguage()) ? labels.get("no-interpretation")
                        : labels.get("interpretation", labels.language(speaking), labels.language(drive.meetingLanguage()));
                add(document, new Paragraph(p(number + ". " + person(row) + " · " + labels.position(row.position())
                        + " · " + needs), BODY));
            }
        }
    }

    private void commentText(com.lowagie.text.Document document, PacketRow row) throws DocumentException {
        Paragraph text = new Paragraph(p(row.text()), BODY);
        text.setIndentationLeft(12);
        add(document, text);
        if (row.translation() != null) {
            Paragraph translation = new Paragraph(p(labels.get("translation") + " " + row.translation()), ITALIC);
            translation.setIndentationLeft(12);
            add(document, translation);
        }
    }

    private String person(PacketRow row) {
        String community = labels.community(row.community());
        return row.organization() == null ? row.name() + " (" + community + ")"
                : row.name() + " (" + community + "; " + row.organization() + ")";
    }

    private Paragraph line(String label, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Chunk(p(label) + " ", SUBHEADING));
        paragraph.add(new Chunk(p(value), BODY));
        return paragraph;
    }

    private String p(String text) {
        return labels.printable(text);
    }

    private static void add(com.lowagie.text.Document document, Element element) throws DocumentException {
        document.add(element);
    }

    private static Calendar calendar(Instant at) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }

    /** "Body · Item 7 · page 3" at the foot of every page. */
    private final class Footer extends PdfPageEventHelper {

        private final String text;

        Footer(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, com.lowagie.text.Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(text + " · " + labels.printable(labels.get("page", writer.getPageNumber())), SMALL),
                    (document.right() + document.left()) / 2, document.bottom() - 24, 0);
        }
    }
}
