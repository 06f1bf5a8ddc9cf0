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
 *
 * <p>Handlers that give the same facts however often they run for one event, whatever arrives in between, are added
 * with {@code onIdempotent}: the consumer neither reads nor writes its memory for them, a find and an insert of
 * {@code plaza_processed_events} fewer per event (for a verified signature and its code's delivery, four commands).
 * They write a fact keyed by the event's own ids with values no other event changes (a signature's verification, a
 * milestone, a spike, a packet and its deliveries, a volunteer, a meeting's description, a broadcast and what became
 * of each of its requests), keep the highest revision or sequence (a comment, a check-in, a meeting's move) or the
 * latest by its own time (a comment's moderation), only move one way (a closing date, a withdrawal, a meeting's
 * check-ins), or write nothing (a delivery that is no broadcast's). The others keep the memory, because a copy
 * delivered again after a later event of the same thing would undo the later one: statuses a later event changes (a
 * campaign, petition, drive or shift opened or closed, a sign-up's status, a delivery or response), values a later event replaces (open spots, a meeting's
 * counts at equal times, a training's sessions, a notification failure a retry replaced), invalidations and their
 * restoration, the campaign teams, and facts keyed by the event id (audited staff actions).
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
                        .onIdempotent(PetitionDeadlineExtended.class, petitions::deadlineExtended)
                        .on(PetitionDelivered.class, petitions::delivered)
                        .on(PetitionResponded.class, petitions::responded)
                        .onIdempotent(SignatureVerified.class, petitions::signatureVerified)
                        .on(SignaturesInvalidated.class, petitions::invalidated)
                        .on(SignaturesRestored.class, petitions::restored)
                        .onIdempotent(PetitionMilestoneReached.class, petitions::milestoneReached)
                        .onIdempotent(SignatureRateSpiked.class, petitions::rateSpiked)
                        .build(),
                "plaza.comments", handlers.consumer(NAME)
                        .on(CommentDriveOpened.class, comments::driveOpened)
                        .on(CommentDriveClosed.class, comments::driveClosed)
                        .onIdempotent(CommentSubmitted.class, comments::submitted)
                        .onIdempotent(CommentWithdrawn.class, comments::withdrawn)
                        .onIdempotent(CommentModerated.class, comments::moderated)
                        .onIdempotent(CommentPacketCompiled.class, comments::packetCompiled)
                        .onIdempotent(CommentPacketDelivered.class, comments::packetDelivered)
                        .build(),
                "plaza.outreach", handlers.consumer(NAME)
                        .onIdempotent(VolunteerRegistered.class, outreach::volunteerRegistered)
                        .on(ShiftScheduled.class, outreach::shiftScheduled)
                        .on(ShiftSignedUp.class, outreach::signedUp)
                        .on(ShiftWaitlisted.class, outreach::waitlisted)
                        .on(ShiftPromoted.class, outreach::promoted)
                        .on(ShiftCancelled.class, outreach::cancelled)
                        .onIdempotent(ShiftAttended.class, outreach::attended)
                        .on(ShiftUnderstaffed.class, outreach::understaffed)
                        .on(TrainingCompleted.class, outreach::trainingCompleted)
                        .onIdempotent(MeetingScheduled.class, meetings::scheduled)
                        .on(MeetingRsvped.class, meetings::rsvped)
                        .on(MeetingWaitlisted.class, meetings::waitlisted)
                        .on(MeetingRsvpCancelled.class, meetings::rsvpCancelled)
                        .onIdempotent(MeetingAttended.class, meetings::attended)
                        .on(MeetingCancelled.class, meetings::cancelled)
                        .onIdempotent(MeetingRescheduled.class, meetings::rescheduled)
                        .build(),
                "plaza.notifications", handlers.consumer(NAME)
                        .on(NotificationFailed.class, e -> {
                            platform.notificationFailed(e);
                            broadcasts.failed(e);
                        })
                        .onIdempotent(NotificationDelivered.class, broadcasts::delivered)
                        .onIdempotent(RecipientUnsubscribed.class, broadcasts::unsubscribed)
                        .build(),
                "plaza.supporters", handlers.consumer(NAME)
                        .onIdempotent(BroadcastQueued.class, broadcasts::queued)
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
