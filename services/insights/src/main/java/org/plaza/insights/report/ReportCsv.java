package org.plaza.insights.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.plaza.insights.stats.DriveRow;
import org.plaza.insights.stats.PetitionRow;
import org.plaza.insights.stats.ShiftRow;

/**
 * Writes the impact report as CSV for spreadsheets: a UTF-8 byte-order mark (so Excel shows accents),
 * then one row per measure: section, item id, item, measure, value. Headers and words follow the
 * report's language; ids and numbers are plain so the file sorts and sums.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static void write(ImpactReport report, ReportText text, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(text.get("insights.report.csv.section"),
                text.get("insights.report.csv.id"), text.get("insights.report.csv.item"),
                text.get("insights.report.csv.measure"), text.get("insights.report.csv.value")).get());
        String campaign = report.campaign().title(text.locale());
        String id = report.campaign().id();
        String actions = text.get("insights.report.actions");
        csv.printRecord(actions, id, campaign, text.get("insights.report.signatures"), report.totals().signatures());
        csv.printRecord(actions, id, campaign, text.get("insights.report.comments"), report.totals().comments());
        csv.printRecord(actions, id, campaign, text.get("insights.report.volunteers"), report.totals().volunteers());
        csv.printRecord(actions, id, campaign, text.get("insights.report.signups"), report.totals().signups());
        csv.printRecord(actions, id, campaign, text.get("insights.report.shifts"), report.totals().shifts());
        csv.printRecord(actions, id, campaign, text.get("insights.report.hours"), report.totals().hours());
        csv.printRecord(actions, id, campaign, text.get("insights.report.trainings"), report.totals().trainings());
        csv.printRecord(actions, id, campaign, text.get("insights.report.supporters"), report.totals().supporters());

        String communities = text.get("insights.report.by-community");
        for (Map.Entry<String, long[]> entry : report.byCommunity().entrySet()) {
            String community = text.label("community", entry.getKey());
            csv.printRecord(communities, entry.getKey(), community, text.get("insights.report.signatures"), entry.getValue()[0]);
            csv.printRecord(communities, entry.getKey(), community, text.get("insights.report.comments"), entry.getValue()[1]);
            csv.printRecord(communities, entry.getKey(), community, text.get("insights.report.volunteers"), entry.getValue()[2]);
        }

        String petitions = text.get("insights.report.petitions");
        for (PetitionRow petition : report.petitions()) {
            String title = petition.title(text.locale());
            csv.printRecord(petitions, petition.id(), title, text.get("insights.report.signatures"), petition.signatures());
            csv.printRecord(petitions, petition.id(), title, text.get("insights.report.goal"), petition.goal());
            if (petition.deliveredOn() != null) {
                csv.printRecord(petitions, petition.id(), title, text.get("insights.report.csv.delivered-on"),
                        petition.deliveredOn());
            }
            if (petition.responseOutcome() != null) {
                csv.printRecord(petitions, petition.id(), title, text.get("insights.report.csv.response"),
                        text.label("outcome", petition.responseOutcome()));
            }
        }

        String drives = text.get("insights.report.drives");
        for (DriveRow drive : report.drives()) {
            String title = drive.title(text.locale());
            csv.printRecord(drives, drive.id(), title, text.get("insights.report.comments"), drive.comments());
            csv.printRecord(drives, drive.id(), title, text.label("position", "SUPPORT"), drive.support());
            csv.printRecord(drives, drive.id(), title, text.label("position", "OPPOSE"), drive.oppose());
            csv.printRecord(drives, drive.id(), title, text.label("position", "NEUTRAL"), drive.neutral());
            csv.printRecord(drives, drive.id(), title, text.get("insights.table.speakers"), drive.wantsToSpeak());
            csv.printRecord(drives, drive.id(), title, text.get("insights.report.csv.packets-sent"), drive.packetsDelivered());
            csv.printRecord(drives, drive.id(), title, text.get("insights.report.csv.packets-failed"), drive.deliveriesFailed());
        }

        String volunteering = text.get("insights.report.volunteering");
        for (ShiftRow shift : report.shifts()) {
            String title = shift.title(text.locale());
            csv.printRecord(volunteering, shift.id(), title, text.get("insights.report.places"), shift.signedUp());
            csv.printRecord(volunteering, shift.id(), title, text.get("insights.report.csv.capacity"), shift.capacity());
            csv.printRecord(volunteering, shift.id(), title, text.get("insights.report.attended"), shift.attended());
            csv.printRecord(volunteering, shift.id(), title, text.get("insights.report.hours"), shift.hours());
        }

        String journey = text.get("insights.funnel.title");
        csv.printRecord(journey, id, campaign, text.get("insights.funnel.signed"), report.funnel().signed());
        csv.printRecord(journey, id, campaign, text.get("insights.funnel.signed-commented"), report.funnel().signedAndCommented());
        csv.printRecord(journey, id, campaign, text.get("insights.funnel.all-three"), report.funnel().signedCommentedVolunteered());
        csv.flush();
    }
}
