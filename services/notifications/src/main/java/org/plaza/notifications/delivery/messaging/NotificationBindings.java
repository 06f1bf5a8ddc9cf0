package org.plaza.notifications.delivery.messaging;

import java.util.function.Consumer;

import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.comments.CommentWithdrawn;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.MeetingCancelled;
import org.plaza.events.outreach.MeetingRescheduled;
import org.plaza.events.outreach.MeetingRsvpCancelled;
import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.events.supporters.SupporterConsentChanged;
import org.plaza.notifications.consent.ConsentChanges;
import org.plaza.notifications.delivery.Cancellations;
import org.plaza.notifications.delivery.NotificationIntake;
import org.plaza.starter.messaging.EventHandlers;
import org.plaza.starter.retention.PersonalDataRetention;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** One consumer per topic (bindings in application.yml); each handler is a one-line adapter. */
@Configuration(proxyBeanMethods = false)
class NotificationBindings {

    @Bean
    Consumer<Message<byte[]>> notificationRequests(EventHandlers handlers, NotificationIntake intake) {
        return handlers.consumer("notification-requests")
                .onIdempotent(NotificationRequested.class, intake::accept)
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> outreachEvents(EventHandlers handlers, Cancellations cancellations) {
        return handlers.consumer("notification-cancellations-outreach")
                .on(ShiftCancelled.class, cancellations::shiftCancelled)
                .on(MeetingRsvpCancelled.class, cancellations::meetingRsvpCancelled)
                .on(MeetingCancelled.class, cancellations::meetingCancelled)
                .on(MeetingRescheduled.class, cancellations::meetingRescheduled)
                .build();
    }

    /**
     * The one consumer of {@code plaza.supporters}: consent changes keep the suppression list, and the starter's
     * retention kit handles {@code SupporterErased} (see {@code delivery.ErasedSupporters}).
     */
    @Bean
    Consumer<Message<byte[]>> supporterEvents(EventHandlers handlers, ConsentChanges consent,
            PersonalDataRetention retention) {
        return handlers.consumer("notification-consent-supporters")
                .on(SupporterConsentChanged.class, consent::consentChanged)
                .with(retention)
                .build();
    }

    /**
     * Every handler sets what it sets only if unset (the first cancellation time is kept) and cancels only sends still
     * pending and requested before it, so a redelivered event, whatever arrived in between, changes nothing: no memory
     * of handled events (two MongoDB round trips per confirmed comment).
     */
    @Bean
    Consumer<Message<byte[]>> commentEvents(EventHandlers handlers, Cancellations cancellations) {
        return handlers.consumer("notification-cancellations-comments")
                .onIdempotent(CommentDriveClosed.class, cancellations::commentDriveClosed)
                .onIdempotent(CommentSubmitted.class, cancellations::commentSubmitted)
                .onIdempotent(CommentWithdrawn.class, cancellations::commentWithdrawn)
                .build();
    }
}
