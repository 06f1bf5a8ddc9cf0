package org.plaza.outreach.shift.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.plaza.outreach.support.DetailsForm;
import org.springframework.validation.Errors;

/**
 * What the shift form and the training-series form share, as typed, beyond the details every organizer's form has
 * ({@link DetailsForm}): the minimum, the languages needed and the lead. Times are the {@code datetime-local} values
 * of America/Los_Angeles. Each form adds its own fields and builds its own request.
 */
abstract class SchedulingForm extends DetailsForm {

    /** The shared fields, named as in the requests and on the pages. */
    static final List<String> FIELDS = List.of("titleEs", "titleEn", "descriptionEs", "descriptionEn", "community",
            "address", "capacity", "minimumVolunteers", "languagesNeeded", "leadStaffId");

    private String minimumVolunteers = "0";
    private List<String> languagesNeeded = new ArrayList<>();
    private String leadStaffId;

    /** A {@code datetime-local} value, or null (blank: the service says it is missing; unreadable: rejected here). */
    static LocalDateTime time(String value, String field, Errors errors) {
        return parse(value, LocalDateTime::parse, field, "staff.schedule.error.time-format", errors);
    }

    /** The capacity as a whole number, or null (blank: the service says it is missing; not a number: rejected here). */
    Integer capacity(Errors errors) {
        return parse(getCapacity(), Integer::valueOf, "capacity", "staff.schedule.error.number", errors);
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
