package org.plaza.outreach.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.support.OutreachSettings;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.starter.retention.PersonalDataHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Where outreach keeps volunteers' personal data, for the starter's retention kit.
 * <ul>
 * <li>A volunteer: name, email, phone, guardian's name and contact, the free-text language and the weekly
 * availability are erased and their personal links revoked ({@code linkGeneration} + 1) once they have been
 * inactive for {@code plaza.outreach.retention.anonymize-after}, and at once on {@code SupporterErased}. Their last
 * activity is the later of what their document records (registration, a confirmed sign-up, a renewed link) and
 * the end of the last shift they signed up for: a volunteer found active that way has the later time recorded and
 * is kept. The codes (community, languages, skills, age group), sign-ups, hours and certificates stay.</li>
 * <li>A sign-up waiting for its email confirmation (it holds what was typed) is deleted once it expired, and at
 * once on {@code SupporterErased}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class VolunteerRetention {

    @Bean
    PersonalDataHolder volunteerHolder(OutreachSettings settings, VolunteerService volunteers, MongoTemplate mongo) {
        return PersonalDataHolder.in("volunteers")
                .unset("name", "email", "phone", "otherLanguage", "guardianName", "guardianContact")
                .set("availability", List.of()).set("contactConsent", false).increment("linkGeneration").versioned()
                .dueWhen(now -> inactiveSince(now.minus(settings.retention().anonymizeAfter())))
                .postponeIf((volunteer, now) -> activeLater(mongo, volunteers, volunteer,
                        now.minus(settings.retention().anonymizeAfter())))
                .build();
    }

    @Bean
    PersonalDataHolder enrolmentHolder() {
        return PersonalDataHolder.in("volunteer_enrolments").deleted().dueWhen(now -> where("expiresAt").lt(now)).build();
    }

    private static Criteria inactiveSince(Instant cutoff) {
        return new Criteria().orOperator(where("lastActiveAt").lt(cutoff),
                new Criteria().andOperator(where("lastActiveAt").is(null), where("registeredAt").lt(cutoff)));
    }

    /** Whether the volunteer's last shift ended after the cutoff; if so, that time is recorded as their activity. */
    private static boolean activeLater(MongoTemplate mongo, VolunteerService volunteers, Document volunteer,
            Instant cutoff) {
        String volunteerId = volunteer.getString("_id");
        List<Signup> last = mongo.find(Query.query(where("volunteerId").is(volunteerId))
                .with(Sort.by(Sort.Direction.DESC, "shiftEndsAt")).limit(1), Signup.class);
        Instant lastShift = last.isEmpty() ? null : last.get(0).shiftEndsAt();
        if (lastShift != null && lastShift.isAfter(cutoff)) {
            volunteers.recordActivity(volunteerId, lastShift);
            return true;
        }
        return false;
    }
}
