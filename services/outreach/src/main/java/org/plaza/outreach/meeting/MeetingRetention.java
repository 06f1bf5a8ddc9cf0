package org.plaza.outreach.meeting;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.plaza.outreach.support.OutreachSettings;
import org.plaza.starter.retention.PersonalDataHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Where meetings keep residents' personal data, for the starter's retention kit: an RSVP's name, email and phone are
 * erased {@code plaza.outreach.retention.anonymize-after} after its meeting ended, or once its confirmation link
 * expired unused, and at once on {@code SupporterErased}. The RSVP itself (meeting, status, language, check-in,
 * the pseudonymous supporterId) stays, so the counts stay.
 */
@Configuration(proxyBeanMethods = false)
class MeetingRetention {

    @Bean
    PersonalDataHolder rsvpHolder(OutreachSettings settings) {
        return PersonalDataHolder.in("meeting_rsvps").unset("name", "email", "phone").versioned()
                .dueWhen(now -> new Criteria().orOperator(
                        where("meetingEndsAt").lt(now.minus(settings.retention().anonymizeAfter())),
                        where("status").is(Rsvp.Status.PENDING.name()).and("expiresAt").lt(now)))
                .build();
    }
}
