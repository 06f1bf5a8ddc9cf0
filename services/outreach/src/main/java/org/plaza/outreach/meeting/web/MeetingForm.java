package org.plaza.outreach.meeting.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.plaza.outreach.meeting.Meeting;
import org.plaza.outreach.meeting.MeetingRequest;
import org.plaza.outreach.support.DetailsForm;
import org.plaza.outreach.support.Times;

/**
 * The organizer's meeting form, as typed: the details every organizer's form has ({@link DetailsForm}), the place,
 * and times from {@code datetime-local} inputs. Moving a meeting uses the same form for its place and times.
 */
public class MeetingForm extends DetailsForm {

    private String place;
    private String startsAt;
    private String endsAt;

    /** A form showing where and when a meeting is now, to move it. */
    static MeetingForm of(Meeting meeting, Times times) {
        MeetingForm form = new MeetingForm();
        form.setPlace(meeting.place());
        form.setAddress(meeting.address());
        form.setCommunity(meeting.community());
        form.setStartsAt(times.local(meeting.startsAt()).toString());
        form.setEndsAt(times.local(meeting.endsAt()).toString());
        return form;
    }

    /** The request for the service; a time or a number that cannot be read becomes one the service refuses. */
    MeetingRequest toRequest(String campaignId) {
        Integer places = null;
        String capacity = getCapacity();
        if (capacity != null && !capacity.isBlank()) {
            try {
                places = Integer.valueOf(capacity.strip());
            } catch (NumberFormatException notANumber) {
                places = 0;
            }
        }
        return new MeetingRequest(campaignId, getTitleEs(), getTitleEn(), getDescriptionEs(), getDescriptionEn(), place,
                getAddress(), getCommunity(), time(startsAt), time(endsAt), places);
    }

    private static LocalDateTime time(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalDateTime.parse(typed.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
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
}
