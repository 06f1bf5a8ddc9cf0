package org.plaza.outreach.shift;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An organizer's request to schedule a training series: the common details once, then each session's times.
 * Every session is a shift of kind TRAINING_SESSION with the same place, capacity and languages.
 */
public record TrainingRequest(
        String campaignId,
        String titleEs,
        String titleEn,
        String descriptionEs,
        String descriptionEn,
        String community,
        String address,
        Integer capacity,
        Integer minimumVolunteers,
        List<String> languagesNeeded,
        String leadStaffId,
        List<Session> sessions) {

    /** One session's local start and end. */
    public record Session(LocalDateTime startsAt, LocalDateTime endsAt) {
    }
}
