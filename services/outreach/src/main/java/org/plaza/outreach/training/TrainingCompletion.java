package org.plaza.outreach.training;

import java.time.Instant;

import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.TrainingCompleted;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A volunteer completed a training; its id is the certificate's id. One per volunteer and training: the id
 * is derived from both, so detecting the completion twice stores and announces it once.
 */
@Document("training_completions")
public class TrainingCompletion extends OutboxAggregate {

    @Id
    private final String id;
    private final String trainingId;
    private final String campaignId;
    @Indexed
    private final String volunteerId;
    private final String supporterId;
    private final int sessionsAttended;
    private final Instant completedAt;

    @PersistenceCreator
    TrainingCompletion(String id, String trainingId, String campaignId, String volunteerId, String supporterId,
            int sessionsAttended, Instant completedAt) {
        this.id = id;
        this.trainingId = trainingId;
        this.campaignId = campaignId;
        this.volunteerId = volunteerId;
        this.supporterId = supporterId;
        this.sessionsAttended = sessionsAttended;
        this.completedAt = completedAt;
    }

    /** The certificate id of a volunteer's completion of a training. */
    public static String idOf(String trainingId, String volunteerId) {
        return "crt_" + trainingId.substring(trainingId.indexOf('_') + 1) + "_" + volunteerId.substring(volunteerId.indexOf('_') + 1);
    }

    /** Records the completion, announces it and asks for the certificate email. */
    public static TrainingCompletion complete(TrainingSeries training, String volunteerId, String supporterId,
            Instant completedAt, NotificationRequested certificateMail) {
        String id = idOf(training.id(), volunteerId);
        TrainingCompletion completion = new TrainingCompletion(id, training.id(), training.campaignId(), volunteerId,
                supporterId, training.sessions(), completedAt);
        completion.raise(new TrainingCompleted(training.id(), training.campaignId(), volunteerId, supporterId,
                training.sessions(), id, completedAt));
        if (certificateMail != null) {
            completion.raise(certificateMail);
        }
        return completion;
    }

    public String id() {
        return id;
    }

    public String trainingId() {
        return trainingId;
    }

    public String campaignId() {
        return campaignId;
    }

    public String volunteerId() {
        return volunteerId;
    }

    public int sessionsAttended() {
        return sessionsAttended;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
