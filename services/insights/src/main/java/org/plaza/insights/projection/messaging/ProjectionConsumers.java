package org.plaza.insights.projection.messaging;

import java.util.Map;
import java.util.function.Consumer;

import org.plaza.events.campaigns.CampaignClosed;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.comments.CommentDriveOpened;
import org.plaza.events.comments.CommentModerated;
import org.plaza.events.comments.CommentPacketCompiled;
import org.plaza.events.comments.CommentPacketDelivered;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.comments.CommentWithdrawn;
import org.plaza.events.identity.StaffActionAudited;
import org.plaza.events.notifications.NotificationDelivered;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.notifications.RecipientUnsubscribed;
import org.plaza.events.outreach.MeetingAttended;
import org.plaza.events.outreach.MeetingCancelled;
import org.plaza.events.outreach.MeetingRescheduled;
import org.plaza.events.outreach.MeetingRsvpCancelled;
import org.plaza.events.outreach.MeetingRsvped;
import org.plaza.events.outreach.MeetingScheduled;
import org.plaza.events.outreach.MeetingWaitlisted;
import org.plaza.events.outreach.ShiftAttended;
import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.events.outreach.ShiftPromoted;
import org.plaza.events.outreach.ShiftScheduled;
import org.plaza.events.outreach.ShiftSignedUp;
import org.plaza.events.outreach.ShiftUnderstaffed;
import org.plaza.events.outreach.ShiftWaitlisted;
import org.plaza.events.outreach.TrainingCompleted;
import org.plaza.events.outreach.VolunteerRegistered;
import org.plaza.events.petitions.PetitionClosed;
import org.plaza.events.petitions.PetitionDeadlineExtended;
import org.plaza.events.petitions.PetitionDelivered;
import org.plaza.events.petitions.PetitionMilestoneReached;
import org.plaza.events.petitions.PetitionPublished;
import org.plaza.events.petitions.PetitionResponded;
import org.plaza.events.petitions.SignatureRateSpiked;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.petitions.SignaturesInvalidated;
import org.plaza.events.petitions.SignaturesRestored;
import org.plaza.events.supporters.BroadcastQueued;
import org.plaza.insights.projection.BroadcastProjection;
import org.plaza.insights.projection.MeetingProjection;
import org.plaza.insights.projection.CampaignProjection;
import org.plaza.insights.projection.CommentProjection;
import org.plaza.insights.projection.OutreachProjection;
import org.plaza.insights.projection.PetitionProjection;
import org.plaza.insights.projection.PlatformProjection;
import org.plaza.starter.access.CampaignTeamProjection;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * The handlers of every domain topic, by topic. Live bindings and the replay use the same ones, under
 * the same consumer name, so they share one memory of processed events.
 */
@Component
public class ProjectionConsumers {

    /** Keys the processed-event memory of the projections; {@code ProcessedEvents.forget(NAME)} before a replay. */
    public static final String NAME = "insights";

    private final Map<String, Consumer<Message<byte[]>>> byTopic;

    ProjectionConsumers(EventHandlers handlers, CampaignTeamProjection teams, CampaignProjection campaigns, PetitionProjection petitions,
            CommentProjection comments, OutreachProjection outreach, PlatformProjection platform,
            BroadcastProjection broadcasts, MeetingProjection meetings) {
        this.byTopic = Map.of(
                "plaza.campaigns", handlers.consumer(NAME)
                        .with(teams)
                        .on(CampaignLaunched.class, campaigns::launched)
                        .on(CampaignUpdated.class, campaigns::updated)
                        .on(CampaignClosed.class, campaigns::closed)
                        .build(),
                "plaza.petitions", handlers.consumer(NAME)
                        .on(PetitionPublished.class, petitions::published)
                        .on(PetitionClosed.class, petitions::closed)
                        .on(PetitionDeadlineExtended.class, petitions::deadlineExtended)
                        .on(PetitionDelivered.class, petitions::delivered)
                        .on(PetitionResponded.class, petitions::responded)
                        .on(SignatureVerified.class, petitions::signatureVerified)
                        .on(SignaturesInvalidated.class, petitions::invalidated)
                        .on(SignaturesRestored.class, petitions::restored)
                        .on(PetitionMilestoneReached.class, petitions::milestoneReached)
                        .on(SignatureRateSpiked.class, petitions::rateSpiked)
                        .build(),
                "plaza.comments", handlers.consumer(NAME)
                        .on(CommentDriveOpened.class, comments::driveOpened)
                        .on(CommentDriveClosed.class, comments::driveClosed)
                        .on(CommentSubmitted.class, comments::submitted)
                        .on(CommentWithdrawn.class, comments::withdrawn)
                        .on(CommentModerated.class, comments::moderated)
                        .on(CommentPacketCompiled.class, comments::packetCompiled)
                        .on(CommentPacketDelivered.class, comments::packetDelivered)
                        .build(),
                "plaza.outreach", handlers.consumer(NAME)
                        .on(VolunteerRegistered.class, outreach::volunteerRegistered)
                        .on(ShiftScheduled.class, outreach::shiftScheduled)
                        .on(ShiftSignedUp.class, outreach::signedUp)
                        .on(ShiftWaitlisted.class, outreach::waitlisted)
                        .on(ShiftPromoted.class, outreach::promoted)
                        .on(ShiftCancelled.class, outreach::cancelled)
                        .on(ShiftAttended.class, outreach::attended)
                        .on(ShiftUnderstaffed.class, outreach::understaffed)
                        .on(TrainingCompleted.class, outreach::trainingCompleted)
                        .on(MeetingScheduled.class, meetings::scheduled)
                        .on(MeetingRsvped.class, meetings::rsvped)
                        .on(MeetingWaitlisted.class, meetings::waitlisted)
                        .on(MeetingRsvpCancelled.class, meetings::rsvpCancelled)
                        .on(MeetingAttended.class, meetings::attended)
                        .on(MeetingCancelled.class, meetings::cancelled)
                        .on(MeetingRescheduled.class, meetings::rescheduled)
                        .build(),
                "plaza.notifications", handlers.consumer(NAME)
                        .on(NotificationFailed.class, e -> {
                            platform.notificationFailed(e);
                            broadcasts.failed(e);
                        })
                        .on(NotificationDelivered.class, broadcasts::delivered)
                        .on(RecipientUnsubscribed.class, broadcasts::unsubscribed)
                        .build(),
                "plaza.supporters", handlers.consumer(NAME)
                        .on(BroadcastQueued.class, broadcasts::queued)
                        .build(),
                "plaza.identity", handlers.consumer(NAME)
                        .onReceived(StaffActionAudited.class, platform::staffActionAudited)
                        .build());
    }

    /** The topics the projections are built from, and a replay reads. */
    public java.util.Set<String> topics() {
        return new java.util.TreeSet<>(byTopic.keySet());
    }

    /** The handler of a topic's messages; messages of unknown topics are ignored. */
    public Consumer<Message<byte[]>> forTopic(String topic) {
        return byTopic.getOrDefault(topic, message -> { });
    }
}
