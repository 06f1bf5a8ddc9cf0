package org.plaza.outreach.messaging;

import java.util.function.Consumer;

import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.outreach.ShiftAttended;
import org.plaza.events.outreach.ShiftUnderstaffed;
import org.plaza.events.outreach.VolunteerRegistered;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.outreach.attendance.TrainingProgress;
import org.plaza.outreach.lead.LeadService;
import org.plaza.outreach.staffing.StaffingService;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds {@code plaza.petitions} and {@code plaza.comments} (leads) and this service's own
 * {@code plaza.outreach} (work that follows a fact: converting leads, completing trainings, inviting to
 * understaffed shifts), so that work happens even when the process died right after the fact was saved.
 */
@Configuration(proxyBeanMethods = false)
class EventBindings {

    @Bean
    Consumer<Message<byte[]>> petitionEvents(EventHandlers handlers, LeadService leads) {
        return handlers.consumer("outreach-petition-leads")
                .onIdempotent(SignatureVerified.class, leads::signatureVerified)
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> commentEvents(EventHandlers handlers, LeadService leads) {
        return handlers.consumer("outreach-comment-leads")
                .onIdempotent(CommentSubmitted.class, leads::commentSubmitted)
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> outreachEvents(EventHandlers handlers, LeadService leads, TrainingProgress trainings,
            StaffingService staffing) {
        return handlers.consumer("outreach-follow-up")
                .on(VolunteerRegistered.class, leads::volunteerRegistered)
                .on(ShiftAttended.class, trainings::attended)
                .on(ShiftUnderstaffed.class, staffing::understaffed)
                .build();
    }
}
