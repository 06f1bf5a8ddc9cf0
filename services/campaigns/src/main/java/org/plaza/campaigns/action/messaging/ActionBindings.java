package org.plaza.campaigns.action.messaging;

import java.util.function.Consumer;

import org.plaza.campaigns.action.ActionProjection;
import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.comments.CommentDriveOpened;
import org.plaza.events.comments.CommentPacketDelivered;
import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.events.outreach.ShiftPromoted;
import org.plaza.events.outreach.ShiftScheduled;
import org.plaza.events.outreach.ShiftSignedUp;
import org.plaza.events.outreach.ShiftUnderstaffed;
import org.plaza.events.petitions.PetitionClosed;
import org.plaza.events.petitions.PetitionDeadlineExtended;
import org.plaza.events.petitions.PetitionDelivered;
import org.plaza.events.petitions.PetitionPublished;
import org.plaza.events.petitions.PetitionResponded;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.petitions.SignaturesInvalidated;
import org.plaza.events.petitions.SignaturesRestored;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds {@code plaza.petitions}, {@code plaza.comments} and {@code plaza.outreach} (see application.yml)
 * to the projection; other event types on those topics are ignored.
 */
@Configuration(proxyBeanMethods = false)
class ActionBindings {

    /** Keys the memory of handled events; renaming it would reprocess every topic (harmless, but slow). */
    static final String CONSUMER = "campaign-page";

    @Bean
    Consumer<Message<byte[]>> petitionEvents(EventHandlers handlers, ActionProjection projection) {
        return handlers.consumer(CONSUMER)
                .on(PetitionPublished.class, projection::petitionPublished)
                .on(PetitionClosed.class, projection::petitionClosed)
                .on(PetitionDeadlineExtended.class, projection::petitionDeadlineExtended)
                .on(PetitionDelivered.class, projection::petitionDelivered)
                .on(PetitionResponded.class, projection::petitionResponded)
                .onIdempotent(SignatureVerified.class, projection::signatureVerified)
                .on(SignaturesInvalidated.class, projection::signaturesInvalidated)
                .on(SignaturesRestored.class, projection::signaturesRestored)
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> commentEvents(EventHandlers handlers, ActionProjection projection) {
        return handlers.consumer(CONSUMER)
                .on(CommentDriveOpened.class, projection::driveOpened)
                .on(CommentDriveClosed.class, projection::driveClosed)
                .on(CommentPacketDelivered.class, projection::packetDelivered)
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> outreachEvents(EventHandlers handlers, ActionProjection projection) {
        return handlers.consumer(CONSUMER)
                .on(ShiftScheduled.class, projection::shiftScheduled)
                .on(ShiftSignedUp.class, projection::shiftSignedUp)
                .on(ShiftPromoted.class, projection::shiftPromoted)
                .on(ShiftUnderstaffed.class, projection::shiftUnderstaffed)
                .on(ShiftCancelled.class, projection::shiftCancelled)
                .build();
    }
}
