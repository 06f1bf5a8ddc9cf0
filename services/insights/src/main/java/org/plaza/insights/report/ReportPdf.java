package org.plaza.insights.report;

import java.io.OutputStream;
import java.util.Map;

import org.plaza.insights.stats.DriveRow;
import org.plaza.insights.stats.PetitionRow;
import org.plaza.insights.stats.ShiftRow;
import org.plaza.starter.pdf.PdfBrand;
import org.plaza.starter.pdf.PdfFonts;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** Writes the impact report as a PDF (OpenPDF, the starter's fonts and brand, letter size) in one language. */
final class ReportPdf {

    private static final Font TITLE = PdfFonts.font(18, Font.BOLD, PdfBrand.BRAND);
    private static final Font HEADING = PdfFonts.font(13, Font.BOLD, PdfBrand.BRAND);
    private static final Font BODY = PdfFonts.font(10, Font.NORMAL);
    private static final Font BOLD = PdfFonts.font(10, Font.BOLD);
    private static final Font SMALL = PdfFonts.font(8, Font.NORMAL, PdfBrand.MUTED);

    private ReportPdf() {
    }

    static void write(ImpactReport report, ReportText text, OutputStream out) {
        Document document = new Document(PageSize.LETTER, 48, 48, 54, 54);
        String title = text.get("insights.report.pdf.title", report.campaign().title(text.locale()));
        PdfBrand.writer(document, out, title, text.locale().getLanguage());
        document.open();

        document.add(new Paragraph(title, TITLE));
        document.add(new Paragraph(subtitle(report, text), SMALL));
        document.add(Chunk.NEWLINE);

        heading(document, text.get("insights.report.actions"));
        PdfPTable actions = table(new float[] { 3, 1 });
        row(actions, text.get("insights.report.signatures"), text.number(report.totals().signatures()));
        row(actions, text.get("insights.report.comments"), text.number(report.totals().comments()));
        row(actions, text.get("insights.report.volunteers"), text.number(report.totals().volunteers()));
        row(actions, text.get("insights.report.signups"), text.number(report.totals().signups()));
        row(actions, text.get("insights.report.shifts"), text.number(report.totals().shifts()));
        row(actions, text.get("insights.report.hours"), text.decimal(report.totals().hours()));
        row(actions, text.get("insights.report.trainings"), text.number(report.totals().trainings()));
        row(actions, text.get("insights.report.supporters"), text.number(report.totals().supporters()));
        document.add(actions);

        heading(document, text.get("insights.report.by-community"));
        PdfPTable communities = table(new float[] { 3, 1, 1, 1 });
        header(communities, text.get("insights.report.community"), text.get("insights.report.signatures.short"),
                text.get("insights.report.comments.short"), text.get("insights.report.volunteers.short"));
        for (Map.Entry<String, long[]> entry : report.byCommunity().entrySet()) {
            row(communities, text.label("community", entry.getKey()), text.number(entry.getValue()[0]),
                    text.number(entry.getValue()[1]), text.number(entry.getValue()[2]));
        }
        empty(communities, report.byCommunity().isEmpty(), text, 4);
        document.add(communities);

        heading(document, text.get("insights.report.petitions"));
        PdfPTable petitions = table(new float[] { 3, 1, 1, 3 });
        header(petitions, text.get("insights.report.petition"), text.get("insights.report.signatures.short"),
                text.get("insights.report.goal"), text.get("insights.report.delivery"));
        for (PetitionRow petition : report.petitions()) {
            row(petitions, petition.title(text.locale()), text.number(petition.signatures()),
                    text.number(petition.goal()), delivery(petition, text));
        }
        empty(petitions, report.petitions().isEmpty(), text, 4);
        document.add(petitions);

        heading(document, text.get("insights.report.drives"));
        PdfPTable drives = table(new float[] { 3, 1, 1, 1, 1, 2 });
        header(drives, text.get("insights.report.drive"), text.get("insights.report.comments.short"),
                text.label("position", "SUPPORT"), text.label("position", "OPPOSE"), text.label("position", "NEUTRAL"),
                text.get("insights.report.packets"));
        for (DriveRow drive : report.drives()) {
            row(drives, drive.title(text.locale()) + "\n" + text.get("insights.drives.meeting", text.time(drive.meetingAt())),
                    text.number(drive.comments()), text.number(drive.support()), text.number(drive.oppose()),
                    text.number(drive.neutral()),
                    text.get("insights.drives.packets", drive.packetsDelivered(), drive.deliveriesFailed()));
        }
        empty(drives, report.drives().isEmpty(), text, 6);
        document.add(drives);

        heading(document, text.get("insights.report.volunteering"));
        PdfPTable shifts = table(new float[] { 3, 1, 1, 1 });
        header(shifts, text.get("insights.report.shift"), text.get("insights.report.places"),
                text.get("insights.report.attended"), text.get("insights.report.hours.short"));
        for (ShiftRow shift : report.shifts()) {
            row(shifts, shift.title(text.locale()) + "\n" + text.time(shift.startsAt()),
                    text.number(shift.signedUp()) + " / " + text.number(shift.capacity()),
                    text.number(shift.attended()), text.decimal(shift.hours()));
        }
        empty(shifts, report.shifts().isEmpty(), text, 4);
        document.add(shifts);

        heading(document, text.get("insights.funnel.title"));
        PdfPTable funnel = table(new float[] { 3, 1 });
        row(funnel, text.get("insights.funnel.signed"), text.number(report.funnel().signed()));
        row(funnel, text.get("insights.funnel.signed-commented"), text.number(report.funnel().signedAndCommented()));
        row(funnel, text.get("insights.funnel.all-three"), text.number(report.funnel().signedCommentedVolunteered()));
        document.add(funnel);

        document.add(Chunk.NEWLINE);
        document.add(new Paragraph(text.get("insights.report.note"), SMALL));
        document.close();
    }

    private static String subtitle(ImpactReport report, ReportText text) {
        StringBuilder subtitle = new StringBuilder();
        if (report.campaign().issueArea() != null) {
            subtitle.append(text.label("issue", report.campaign().issueArea())).append(" · ");
        }
        if (!report.campaign().communities().isEmpty()) {
            subtitle.append(String.join(", ", report.campaign().communities().stream()
                    .map(c -> text.label("community", c)).toList())).append(" · ");
        }
        if (report.campaign().startsOn() != null) {
            subtitle.append(text.get("insights.campaign.dates", report.campaign().startsOn(),
                    report.campaign().endsOn() == null ? "…" : report.campaign().endsOn())).append(" · ");
        }
        subtitle.append(text.get("insights.report.generated", text.time(report.generatedAt())));
        return subtitle.toString();
    }

    private static String delivery(PetitionRow petition, ReportText text) {
        if (petition.deliveredOn() == null) {
            return text.get("insights.petitions.not-delivered");
        }
        String delivered = text.get("insights.petitions.delivered", petition.deliveredOn(),
                text.label("delivery", petition.deliveryMethod()));
        return petition.responseOutcome() == null ? delivered
                : delivered + "\n" + text.get("insights.report.response", text.label("outcome", petition.responseOutcome()));
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths) {
        return PdfBrand.table(widths);
    }

    private static void header(PdfPTable table, String... cells) {
        for (String text : cells) {
            table.addCell(PdfBrand.headerCell(text, BOLD));
        }
        table.setHeaderRows(1);
    }

    private static void row(PdfPTable table, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            PdfPCell cell = PdfBrand.cell(cells[i], BODY, 4);
            if (i > 0 && cells.length > 1) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
    }

    private static void empty(PdfPTable table, boolean empty, ReportText text, int columns) {
        if (empty) {
            PdfPCell cell = PdfBrand.cell(text.get("insights.none"), BODY, 4);
            cell.setColspan(columns);
            table.addCell(cell);
        }
    }
}
