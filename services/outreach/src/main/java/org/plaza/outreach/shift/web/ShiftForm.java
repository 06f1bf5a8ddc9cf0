package org.plaza.outreach.shift.web;

import java.util.ArrayList;
import java.util.List;

import org.plaza.outreach.shift.ShiftRequest;
import org.springframework.validation.Errors;

/** The scheduling form as typed: the shared details, the activity, its one start and end, roles and training. */
public class ShiftForm extends SchedulingForm {

    private String activity = "CANVASS";
    private String startsAt;
    private String endsAt;
    private List<String> roles = new ArrayList<>();
    private String requiredTrainingId;

    /** The request for the service; fields that are not a time or a number are rejected into {@code errors} and sent as null. */
    ShiftRequest toRequest(String campaignId, Errors errors) {
        return new ShiftRequest(campaignId, activity, getTitleEs(), getTitleEn(), getDescriptionEs(), getDescriptionEn(),
                getCommunity(), getAddress(), time(startsAt, "startsAt", errors), time(endsAt, "endsAt", errors),
                capacity(errors), minimumVolunteers(errors), getLanguagesNeeded(), roles, requiredTrainingId,
                getLeadStaffId());
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
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
}
