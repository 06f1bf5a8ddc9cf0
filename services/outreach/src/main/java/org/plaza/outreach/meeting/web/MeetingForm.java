package org.plaza.outreach.meeting.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.plaza.outreach.meeting.MeetingRequest;

/** The organizer's meeting form, as typed: times from {@code datetime-local} inputs, places as text. */
public class MeetingForm {

    private String titleEs;
    private String titleEn;
    private String descriptionEs;
    private String descriptionEn;
    private String place;
    private String address;
    private String community;
    private String startsAt;
    private String endsAt;
    private String capacity;

    /** The request for the service; a time or a number that cannot be read becomes one the service refuses. */
    MeetingRequest toRequest(String campaignId) {
        Integer places = null;
        if (capacity != null && !capacity.isBlank()) {
            try {
                places = Integer.valueOf(capacity.strip());
            } catch (NumberFormatException notANumber) {
                places = 0;
            }
        }
        return new MeetingRequest(campaignId, titleEs, titleEn, descriptionEs, descriptionEn, place, address, community,
                time(startsAt), time(endsAt), places);
    }

    private static LocalDateTime time(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalDateTime.parse(typed.strip());
        } catch (DateTimeParseException unreadable) {
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

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
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
}
