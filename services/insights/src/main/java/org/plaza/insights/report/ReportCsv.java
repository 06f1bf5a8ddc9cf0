package org.plaza.insights.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.plaza.insights.stats.DriveRow;
import org.plaza.insights.stats.PetitionRow;
import org.plaza.insights.stats.ShiftRow;
import org.plaza.starter.csv.CsvWriter;

/**
 * Writes the impact report as CSV for spreadsheets with the starter's {@link CsvWriter} (byte-order mark,
 * quoting, and the formula guard: titles are typed by staff), one row per measure: section, item id, item,
 * measure, value. Headers and words follow the report's language; ids and numbers are plain so the file
 * sorts and sums.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static void write(ImpactReport report, ReportText text, OutputStream out) throws IOException {
        try (CsvWriter csv = CsvWriter.open(out, text.get("insights.report.csv.section"),
                text.get("insights.report.csv.id"), text.get("insights.report.csv.item"),
                text.get("insights.report.csv.measure"), text.get("insights.report.csv.value"))) {
            rows(report, text, csv);
        }
    }

    private static void rows(ImpactReport report, ReportText text, CsvWriter csv) throws IOException {
        String campaign = report.campaign().title(text.locale());
        String id = report.campaign().id();
        String actions = text.get("insights.report.actions");
        csv.row(actions, id, campaign, text.get("insights.report.signatures"), report.totals().signatures());
        csv.row(actions, id, campaign, text.get("insights.report.comments"), report.totals().comments());
        csv.row(actions, id, campaign, text.get("insights.report.volunteers"), report.totals().volunteers());
        csv.row(actions, id, campaign, text.get("insights.report.signups"), report.totals().signups());
        csv.row(actions, id, campaign, text.get("insights.report.shifts"), report.totals().shifts());
        csv.row(actions, id, campaign, text.get("insights.report.hours"), report.totals().hours());
        csv.row(actions, id, campaign, text.get("insights.report.trainings"), report.totals().trainings());
        csv.row(actions, id, campaign, text.get("insights.report.supporters"), report.totals().supporters());

        String communities = text.get("insights.report.by-community");
        for (Map.Entry<String, long[]> entry : report.byCommunity().entrySet()) {
            String community = text.label("community", entry.getKey());
            csv.row(communities, entry.getKey(), community, text.get("insights.report.signatures"), entry.getValue()[0]);
            csv.row(communities, entry.getKey(), community, text.get("insights.report.comments"), entry.getValue()[1]);
            csv.row(communities, entry.getKey(), community, text.get("insights.report.volunteers"), entry.getValue()[2]);
        }

        String petitions = text.get("insights.report.petitions");
        for (PetitionRow petition : report.petitions()) {
            String title = petition.title(text.locale());
            csv.row(petitions, petition.id(), title, text.get("insights.report.signatures"), petition.signatures());
            csv.row(petitions, petition.id(), title, text.get("insights.report.goal"), petition.goal());
            if (petition.deliveredOn() != null) {
                csv.row(petitions, petition.id(), title, text.get("insights.report.csv.delivered-on"),
                        petition.deliveredOn());
            }
            if (petition.responseOutcome() != null) {
                csv.row(petitions, petition.id(), title, text.get("insights.report.csv.response"),
                        text.label("outcome", petition.responseOutcome()));
            }
        }

        String drives = text.get("insights.report.drives");
        for (DriveRow drive : report.drives()) {
            String title = drive.title(text.locale());
            csv.row(drives, drive.id(), title, text.get("insights.report.comments"), drive.comments());
            csv.row(drives, drive.id(), title, text.label("position", "SUPPORT"), drive.support());
            csv.row(drives, drive.id(), title, text.label("position", "OPPOSE"), drive.oppose());
            csv.row(drives, drive.id(), title, text.label("position", "NEUTRAL"), drive.neutral());
            csv.row(drives, drive.id(), title, text.get("insights.table.speakers"), drive.wantsToSpeak());
            csv.row(drives, drive.id(), title, text.get("insights.report.csv.packets-sent"), drive.packetsDelivered());
            csv.row(drives, drive.id(), title, text.get("insights.report.csv.packets-failed"), drive.deliveriesFailed());
        }

        String volunteering = text.get("insights.report.volunteering");
        for (ShiftRow shift : report.shifts()) {
            String title = shift.title(text.locale());
            csv.row(volunteering, shift.id(), title, text.get("insights.report.places"), shift.signedUp());
            csv.row(volunteering, shift.id(), title, text.get("insights.report.csv.capacity"), shift.capacity());
            csv.row(volunteering, shift.id(), title, text.get("insights.report.attended"), shift.attended());
            csv.row(volunteering, shift.id(), title, text.get("insights.report.hours"), shift.hours());
        }

        String journey = text.get("insights.funnel.title");
        csv.row(journey, id, campaign, text.get("insights.funnel.signed"), report.funnel().signed());
        csv.row(journey, id, campaign, text.get("insights.funnel.signed-commented"), report.funnel().signedAndCommented());
        csv.row(journey, id, campaign, text.get("insights.funnel.all-three"), report.funnel().signedCommentedVolunteered());
    }
}
