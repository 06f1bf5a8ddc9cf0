package org.plaza.outreach.shift.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.plaza.outreach.shift.ShiftRequest;
import org.springframework.validation.Errors;

/**
 * The scheduling form as typed: every field a string, so that what the organizer typed comes back unchanged
 * when something is refused. Times are the {@code datetime-local} values of America/Los_Angeles.
 */
public class ShiftForm {

    private String activity = "CANVASS";
    private String titleEs;
    private String titleEn;
    private String descriptionEs;
    private String descriptionEn;
    private String community;
    private String address;
    private String startsAt;
    private String endsAt;
    private String capacity;
    private String minimumVolunteers = "0";
    private List<String> languagesNeeded = new ArrayList<>();
    private List<String> roles = new ArrayList<>();
    private String requiredTrainingId;
    private String leadStaffId;

    /** The request for the service; fields that are not a time or a number are rejected into {@code errors} and sent as null. */
    ShiftRequest toRequest(String campaignId, Errors errors) {
        return new ShiftRequest(campaignId, activity, titleEs, titleEn, descriptionEs, descriptionEn, community, address,
                time(startsAt, "startsAt", errors), time(endsAt, "endsAt", errors), number(capacity, "capacity", errors),
                number(minimumVolunteers, "minimumVolunteers", errors), languagesNeeded, roles, requiredTrainingId, leadStaffId);
    }

    /** A {@code datetime-local} value, or null (blank: the service says it is missing; unreadable: rejected here). */
    static LocalDateTime time(String value, String field, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "staff.schedule.error.time-format", "staff.schedule.error.time-format");
            return null;
        }
    }

    /** A whole number, or null (blank: the service says it is missing; not a number: rejected here). */
    static Integer number(String value, String field, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "staff.schedule.error.number", "staff.schedule.error.number");
            return null;
        }
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
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

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
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

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public String getRequiredTrainingId() {
        return requiredTrainingId;
    }

    public void setRequiredTrainingId(String requiredTrainingId) {
        this.requiredTrainingId = requiredTrainingId;
    }

    public String getLeadStaffId() {
        return leadStaffId;
    }

    public void setLeadStaffId(String leadStaffId) {
        this.leadStaffId = leadStaffId;
    }
}
