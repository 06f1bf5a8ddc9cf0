package org.plaza.notifications.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.plaza.starter.retention.PersonalDataHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where notifications keeps contact details, for the starter's retention kit: a notification's {@code contact}
 * (address, greeting, parameters, attachment locations). The kit erases it {@code contact-retention} after the
 * notification ended (the job {@code personal-data-retention}, every {@code purge-interval}) and, on
 * {@code SupporterErased}, at once for every notification to that supporter (its {@code supporterId} or
 * {@code recipientKey}), after {@link ErasedSupporters} has cancelled the ones not sent yet. What remains is the
 * delivery log: request id, requesting service, template, category, language, pseudonymous recipient key, times,
 * attempts and outcome.
 */
@Configuration(proxyBeanMethods = false)
class ContactRetention {

    @Bean
    PersonalDataHolder notificationContactHolder(DeliverySettings settings) {
        return PersonalDataHolder.in(Notification.COLLECTION).supporterIdIn("supporterId", "recipientKey")
                .unset("contact").markedAt("purgedAt").versioned()
                .dueWhen(now -> where("completedAt").lt(now.minus(settings.contactRetention())))
                .build();
    }
}
