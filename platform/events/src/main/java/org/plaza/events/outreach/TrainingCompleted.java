package org.plaza.events.outreach;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A volunteer attended every session of a training series; their bilingual certificate is ready.
 *
 * @param trainingId The training series.
 * @param campaignId The campaign this item belongs to.
 * @param volunteerId The volunteer.
 * @param supporterId The resident's pseudonym: a keyed hash of their canonical email, the same in
 *        every service.
 * @param sessionsAttended Sessions attended (all of the series).
 * @param certificateId The certificate the volunteer can download.
 * @param completedAt When the last session was attended.
 */
@EventType("plaza.outreach.training-completed.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrainingCompleted(
        String trainingId,
        String campaignId,
        String volunteerId,
        String supporterId,
        int sessionsAttended,
        String certificateId,
        Instant completedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return volunteerId;
    }

}
