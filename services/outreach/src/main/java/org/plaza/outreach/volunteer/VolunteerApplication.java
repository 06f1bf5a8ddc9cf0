package org.plaza.outreach.volunteer;

import java.util.List;

import org.plaza.events.outreach.VolunteerRegistered.AgeGroup;

/**
 * What a resident submits to become a volunteer, from the form or the public API. Checked by
 * {@link VolunteerRules}; {@code invitation} is the signed token of a petition or comment invitation, if any;
 * {@code textOptIn} is the form's own checkbox for shift messages by text (it counts only with a mobile number).
 */
public record VolunteerApplication(
        String name,
        String email,
        String phone,
        String preferredLanguage,
        String community,
        List<SpokenLanguage> languages,
        String otherLanguage,
        List<Skill> skills,
        List<Availability> availability,
        AgeGroup ageGroup,
        String guardianName,
        String guardianContact,
        boolean guardianConsent,
        boolean contactConsent,
        String campaignId,
        String invitation,
        boolean textOptIn) {

    /** An application without the text checkbox, as before text messages. */
    public VolunteerApplication(String name, String email, String phone, String preferredLanguage, String community,
            List<SpokenLanguage> languages, String otherLanguage, List<Skill> skills, List<Availability> availability,
            AgeGroup ageGroup, String guardianName, String guardianContact, boolean guardianConsent,
            boolean contactConsent, String campaignId, String invitation) {
        this(name, email, phone, preferredLanguage, community, languages, otherLanguage, skills, availability, ageGroup,
                guardianName, guardianContact, guardianConsent, contactConsent, campaignId, invitation, false);
    }

    public VolunteerApplication {
        languages = languages == null ? List.of() : List.copyOf(languages);
        skills = skills == null ? List.of() : List.copyOf(skills);
        availability = availability == null ? List.of() : List.copyOf(availability);
    }
}
