package org.plaza.supporters.intake.messaging;

import java.util.function.Consumer;

import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.outreach.ShiftAttended;
import org.plaza.events.outreach.ShiftSignedUp;
import org.plaza.events.outreach.TrainingCompleted;
import org.plaza.events.outreach.VolunteerRegistered;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.starter.messaging.EventHandlers;
import org.plaza.supporters.intake.Intake;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * One binding per topic ({@code contactEvents-in-0} on {@code plaza.supporters.contacts}, {@code petitionEvents},
 * {@code commentEvents}, {@code outreachEvents}), each a one-line adapter into {@link Intake}.
 */
@Configuration(proxyBeanMethods = false)
class IntakeBindings {

    @Bean
    Consumer<Message<byte[]>> contactEvents(EventHandlers handlers, Intake intake) {
        return handlers.consumer("supporters-contacts").onIdempotent(SupporterContactShared.class, intake::contactShared).build();
    }

    @Bean
    Consumer<Message<byte[]>> petitionEvents(EventHandlers handlers, Intake intake) {
        return handlers.consumer("supporters-petitions").onIdempotent(SignatureVerified.class, intake::signatureVerified).build();
    }

    @Bean
    Consumer<Message<byte[]>> commentEvents(EventHandlers handlers, Intake intake) {
        return handlers.consumer("supporters-comments").onIdempotent(CommentSubmitted.class, intake::commentSubmitted).build();
    }

    @Bean
    Consumer<Message<byte[]>> outreachEvents(EventHandlers handlers, Intake intake) {
        return handlers.consumer("supporters-outreach")
                .on(VolunteerRegistered.class, intake::volunteerRegistered)
                .on(ShiftSignedUp.class, intake::shiftSignedUp)
                .on(ShiftAttended.class, intake::shiftAttended)
                .on(TrainingCompleted.class, intake::trainingCompleted)
                .build();
    }
}
