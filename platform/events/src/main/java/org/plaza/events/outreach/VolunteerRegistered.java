package org.plaza.events.outreach;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A resident signed up as a volunteer (directly or from a petition or comment lead).
 *
 * @param volunteerId The volunteer.
 * @param supporterId The resident's pseudonym: a keyed hash of their canonical email, the same in
 *        every service.
 * @param campaignId The campaign they signed up through, if any.
 * @param community Community code, UPPER_SNAKE, from the platform vocabulary
 *        ({@code plaza.vocabulary.communities}, or {@code OTHER} where a resident gives it).
 * @param languages Languages they speak (ISO 639-1).
 * @param skills Skill codes (CANVASSING, PHONE_BANKING, INTERPRETING, DRIVING, SOCIAL_MEDIA, ...).
 * @param ageGroup YOUTH or ADULT; a youth sign-up has a guardian's consent on file in outreach.
 * @param source How they arrived: DIRECT, PETITION_LEAD, COMMENT_LEAD, INVITATION.
 * @param contactConsent They agreed to be contacted about volunteering.
 * @param registeredAt When they registered.
 */
@EventType("plaza.outreach.volunteer-registered.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record VolunteerRegistered(
        String volunteerId,
        String supporterId,
        String campaignId,
        String community,
        List<String> languages,
        List<String> skills,
        AgeGroup ageGroup,
        String source,
        boolean contactConsent,
        Instant registeredAt) implements PlazaEvent {

    /** A volunteer's age group. */
    public enum AgeGroup {
        YOUTH, ADULT
    }

    @Override
    public String subject() {
        return volunteerId;
    }

}
