package org.plaza.petitions.paper.web;

import java.time.LocalDate;

import org.plaza.petitions.paper.PaperSigner;
import org.plaza.petitions.paper.Sheet;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The entry form and the import form: the sheet's provenance (kept from one row to the next) and, on the entry form,
 * one row. Checks live in the service, so the page and the API refuse a value with the same message.
 */
public class PaperForm {

    private String channel;
    private String sheet;
    private String collector;
    private String place;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate collectedOn;
    private String language;
    private String fullName;
    private String email;
    private String phone;
    private String community;
    private boolean consent;

    Sheet sheetDetails() {
        return new Sheet(channel, sheet, collector, place, collectedOn, language);
    }

    PaperSigner signer() {
        return new PaperSigner(fullName, email, phone, community, consent);
    }

    /** Whether the sheet's provenance is filled in, so the page can put the cursor on the row's first field. */
    public boolean sheetGiven() {
        return sheet != null && !sheet.isBlank() && collector != null && !collector.isBlank() && place != null
                && !place.isBlank() && collectedOn != null;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getSheet() {
        return sheet;
    }

    public void setSheet(String sheet) {
        this.sheet = sheet;
    }

    public String getCollector() {
        return collector;
    }

    public void setCollector(String collector) {
        this.collector = collector;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getCollectedOn() {
        return collectedOn;
    }

    public void setCollectedOn(LocalDate collectedOn) {
        this.collectedOn = collectedOn;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
