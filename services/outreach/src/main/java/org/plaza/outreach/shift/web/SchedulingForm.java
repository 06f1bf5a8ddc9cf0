package org.plaza.outreach.shift.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.validation.Errors;

/**
 * What the shift form and the training-series form share, as typed: every field a string, so that what the
 * organizer typed comes back unchanged when something is refused. Times are the {@code datetime-local} values
 * of America/Los_Angeles. Each form adds its own fields and builds its own request.
 */
abstract class SchedulingForm {

    /** The shared fields, named as in the requests and on the pages. */
    static final List<String> FIELDS = List.of("titleEs", "titleEn", "descriptionEs", "descriptionEn", "community",
            "address", "capacity", "minimumVolunteers", "languagesNeeded", "leadStaffId");

    private String titleEs;
    private String titleEn;
    private String descriptionEs;
    private String descriptionEn;
    private String community;
    private String address;
    private String capacity;
    private String minimumVolunteers = "0";
    private List<String> languagesNeeded = new ArrayList<>();
    private String leadStaffId;

    /** A {@code datetime-local} value, or null (blank: the service says it is missing; unreadable: rejected here). */
    static LocalDateTime time(String value, String field, Errors errors) {
        return parse(value, LocalDateTime::parse, field, "staff.schedule.error.time-format", errors);
    }

    /** The capacity as a whole number, or null (blank: the service says it is missing; not a number: rejected here). */
    Integer capacity(Errors errors) {
        return parse(capacity, Integer::valueOf, "capacity", "staff.schedule.error.number", errors);
    }

    /** The minimum as a whole number, or null, as {@link #capacity(Errors)}. */
    Integer minimumVolunteers(Errors errors) {
        return parse(minimumVolunteers, Integer::valueOf, "minimumVolunteers", "staff.schedule.error.number", errors);
    }

    private static <T> T parse(String value, Function<String, T> parser, String field, String code, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            errors.rejectValue(field, code, code);
            return null;
        }
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = titleEs;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionEs() {
        return descriptionEs;
    }

    public void setDescriptionEs(String descriptionEs) {
        this.descriptionEs = descriptionEs;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getMinimumVolunteers() {
        return minimumVolunteers;
    }

    public void setMinimumVolunteers(String minimumVolunteers) {
        this.minimumVolunteers = minimumVolunteers;
    }

    public List<String> getLanguagesNeeded() {
        return languagesNeeded;
    }

    public void setLanguagesNeeded(List<String> languagesNeeded) {
        this.languagesNeeded = languagesNeeded == null ? new ArrayList<>() : languagesNeeded;
    }

    public String getLeadStaffId() {
        return leadStaffId;
    }

    public void setLeadStaffId(String leadStaffId) {
        this.leadStaffId = leadStaffId;
    }
}
