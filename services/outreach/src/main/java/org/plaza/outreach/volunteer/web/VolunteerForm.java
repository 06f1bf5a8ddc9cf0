package org.plaza.outreach.volunteer.web;

import java.util.ArrayList;
import java.util.List;

import org.plaza.events.outreach.VolunteerRegistered.AgeGroup;
import org.plaza.outreach.support.ContactForm;
import org.plaza.outreach.volunteer.Availability;
import org.plaza.outreach.volunteer.Skill;
import org.plaza.outreach.volunteer.SpokenLanguage;
import org.plaza.outreach.volunteer.VolunteerApplication;

/**
 * The sign-up form as the page binds it: the contact details every resident form asks for ({@link ContactForm}) and the
 * volunteer's own; keeps what the resident typed when it is shown again with errors.
 */
public class VolunteerForm extends ContactForm {

    private String preferredLanguage;
    private String community;
    private List<SpokenLanguage> languages = new ArrayList<>();
    private String otherLanguage;
    private List<Skill> skills = new ArrayList<>();
    private List<Availability> availability = new ArrayList<>();
    private AgeGroup ageGroup;
    private String guardianName;
    private String guardianContact;
    private boolean guardianConsent;
    private boolean contactConsent;
    private String campaign;
    private String shift;
    private String invitation;

    VolunteerApplication toApplication() {
        return new VolunteerApplication(getName(), getEmail(), getPhone(), preferredLanguage, community, languages,
                otherLanguage, skills, availability, ageGroup, guardianName, guardianContact, guardianConsent,
                contactConsent, campaign, invitation, isTextOptIn());
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
    }

    public List<SpokenLanguage> getLanguages() {
        return languages;
    }

    public void setLanguages(List<SpokenLanguage> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public String getOtherLanguage() {
        return otherLanguage;
    }

    public void setOtherLanguage(String otherLanguage) {
        this.otherLanguage = otherLanguage;
    }

    public List<Skill> getSkills() {
        return skills;
    }

    public void setSkills(List<Skill> skills) {
        this.skills = skills == null ? new ArrayList<>() : skills;
    }

    public List<Availability> getAvailability() {
        return availability;
    }

    public void setAvailability(List<Availability> availability) {
        this.availability = availability == null ? new ArrayList<>() : availability;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public void setAgeGroup(AgeGroup ageGroup) {
        this.ageGroup = ageGroup;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public String getGuardianContact() {
        return guardianContact;
    }

    public void setGuardianContact(String guardianContact) {
        this.guardianContact = guardianContact;
    }

    public boolean isGuardianConsent() {
        return guardianConsent;
    }

    public void setGuardianConsent(boolean guardianConsent) {
        this.guardianConsent = guardianConsent;
    }

    public boolean isContactConsent() {
        return contactConsent;
    }

    public void setContactConsent(boolean contactConsent) {
        this.contactConsent = contactConsent;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public String getShift() {
        return shift;
    }

    public void setShift(String shift) {
        this.shift = shift;
    }

    public String getInvitation() {
        return invitation;
    }

    public void setInvitation(String invitation) {
        this.invitation = invitation;
    }
}
