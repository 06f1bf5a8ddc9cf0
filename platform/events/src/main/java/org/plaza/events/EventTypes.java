package org.plaza.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.plaza.events.campaigns.CampaignClosed;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignTeamChanged;
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
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.notifications.RecipientResubscribed;
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
import org.plaza.events.supporters.SupporterConsentChanged;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.events.supporters.SupporterErased;

/**
 * The catalogue of event types: maps records to CloudEvents types and types to Kafka topics.
 *
 * <p>Types are named {@code plaza.<service>.<kebab-event>.v<N>}. Each producing service has one
 * topic, {@code plaza.<service>}, so that one aggregate's events stay in order; a contract may
 * name another topic in {@link EventType#topic()} (the notification requests do).
 */
public final class EventTypes {

    /** {@code plaza.<service>.<kebab-event>.v<N>}. */
    public static final Pattern TYPE_NAME =
            Pattern.compile("^plaza\\.([a-z]+)\\.([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\\.v([1-9][0-9]*)$");

    private static final List<Class<? extends PlazaEvent>> ALL = List.of(
            CampaignLaunched.class,
            CampaignUpdated.class,
            CampaignTeamChanged.class,
            CampaignClosed.class,
            PetitionPublished.class,
            PetitionClosed.class,
            PetitionDeadlineExtended.class,
            PetitionDelivered.class,
            PetitionResponded.class,
            SignatureVerified.class,
            SignaturesInvalidated.class,
            SignaturesRestored.class,
            PetitionMilestoneReached.class,
            SignatureRateSpiked.class,
            CommentDriveOpened.class,
            CommentDriveClosed.class,
            CommentSubmitted.class,
            CommentWithdrawn.class,
            CommentModerated.class,
            CommentPacketCompiled.class,
            CommentPacketDelivered.class,
            VolunteerRegistered.class,
            ShiftScheduled.class,
            ShiftSignedUp.class,
            ShiftWaitlisted.class,
            ShiftPromoted.class,
            ShiftCancelled.class,
            ShiftAttended.class,
            ShiftUnderstaffed.class,
            TrainingCompleted.class,
            MeetingScheduled.class,
            MeetingRsvped.class,
            MeetingRsvpCancelled.class,
            MeetingAttended.class,
            MeetingWaitlisted.class,
            MeetingCancelled.class,
            MeetingRescheduled.class,
            NotificationFailed.class,
            NotificationDelivered.class,
            RecipientUnsubscribed.class,
            RecipientResubscribed.class,
            NotificationRequested.class,
            StaffActionAudited.class,
            SupporterContactShared.class,
            SupporterErased.class,
            SupporterConsentChanged.class,
            BroadcastQueued.class);

    private static final Map<String, Class<? extends PlazaEvent>> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventTypes::typeOf, Function.identity()));

    private EventTypes() {
    }

    /** The CloudEvents type of an event record, from its {@link EventType} annotation. */
    public static String typeOf(Class<? extends PlazaEvent> eventClass) {
        EventType annotation = eventClass.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(eventClass.getName() + " has no @EventType");
        }
        return annotation.value();
    }

    /**
     * The Kafka topic that carries a type: {@code plaza.<service>}, unless the type's record
     * names its own topic.
     */
    public static String topicOf(String type) {
        String service = service(type);
        return classOf(type)
                .map(eventClass -> eventClass.getAnnotation(EventType.class).topic())
                .filter(topic -> !topic.isEmpty())
                .orElse("plaza." + service);
    }

    /** The record of a type in this catalogue. */
    public static Optional<Class<? extends PlazaEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** Every event record, in catalogue order. */
    public static List<Class<? extends PlazaEvent>> all() {
        return ALL;
    }

    /** Every topic that carries a catalogued type, sorted. */
    public static Set<String> topics() {
        return ALL.stream()
                .map(eventClass -> topicOf(typeOf(eventClass)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The service that owns a type: {@code plaza.petitions.signature-verified.v1} gives {@code petitions}. */
    public static String service(String type) {
        return parse(type).group(1);
    }

    /** The classpath resource of a type's JSON Schema. */
    public static String schemaResource(String type) {
        return "events/schemas/" + parse(type).group() + ".schema.json";
    }

    /** The classpath resource of a type's sample payload. */
    public static String sampleResource(String type) {
        return "events/samples/" + parse(type).group() + ".json";
    }

    private static Matcher parse(String type) {
        Matcher matcher = TYPE_NAME.matcher(type == null ? "" : type);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "Not a Plaza event type (plaza.<service>.<kebab-event>.v<N>): " + type);
        }
        return matcher;
    }

}
