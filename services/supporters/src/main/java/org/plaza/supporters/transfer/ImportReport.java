package org.plaza.supporters.transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.plaza.events.identity.StaffActionAudited;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one imported sheet did: who imported which file for which campaign with which consent wording, how many rows
 * were read, imported (new people and people already known), and each refused row with its reason as a message key
 * (shown in the reader's language). Saved with StaffActionAudited IMPORT SUPPORTERS.
 */
@Document("imports")
public class ImportReport extends OutboxAggregate {

    @Id
    private String id;
    private String staffId;
    private String campaignId;
    private String fileName;
    private String wording;
    private int rows;
    private int added;
    private int merged;
    private List<RowError> errors = new ArrayList<>();
    private Instant at;

    protected ImportReport() {
    }

    static ImportReport of(String id, String staffId, String campaignId, String fileName, String wording, int rows,
            int added, int merged, List<RowError> errors, Instant at) {
        ImportReport report = new ImportReport();
        report.id = id;
        report.staffId = staffId;
        report.campaignId = campaignId;
        report.fileName = fileName;
        report.wording = wording;
        report.rows = rows;
        report.added = added;
        report.merged = merged;
        report.errors = List.copyOf(errors);
        report.at = at;
        report.raise(new StaffActionAudited(staffId, "IMPORT", "SUPPORTERS", id, campaignId, "supporters", at));
        return report;
    }

    public String id() {
        return id;
    }

    public String staffId() {
        return staffId;
    }

    public String campaignId() {
        return campaignId;
    }

    public String fileName() {
        return fileName;
    }

    public String wording() {
        return wording;
    }

    public int rows() {
        return rows;
    }

    public int added() {
        return added;
    }

    public int merged() {
        return merged;
    }

    public List<RowError> errors() {
        return errors;
    }

    /** How many rows were not imported (a row may have several errors). */
    public int refused() {
        return (int) errors.stream().map(RowError::line).distinct().count();
    }

    public Instant at() {
        return at;
    }

    /**
     * A refused row.
     *
     * @param line       the line of the file
     * @param field      the column at fault
     * @param messageKey why, as a message key
     * @param argument   the message's argument (another line, a value), or null
     */
    public record RowError(int line, String field, String messageKey, String argument) {
    }
}
