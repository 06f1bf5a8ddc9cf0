package org.plaza.outreach.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.MeetingRescheduled;
import org.plaza.outreach.signup.ShiftMail;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.Links.Kind;
import org.plaza.outreach.support.Mail;
import org.plaza.outreach.support.OutreachSettings;
import org.plaza.outreach.support.Times;
import org.plaza.starter.notification.NotificationRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The messages of an RSVP, in the resident's language, each under a request id derived from the RSVP and the message
 * ({@code outreach:<rsvpId>:reminder-24h}, {@code …:reminder-24h-v1} for the invite after the meeting's first move),
 * so a republished request is one message. Each goes by email, or by text ({@link Rsvp#addressedTo}: the same
 * templates, notifications renders their text variants; a text links the RSVP's page, which holds the invite and the
 * cancel button, instead of attaching the invite). Reminders carry a {@code sendAt} and as related ids the RSVP, the
 * meeting and the version of its invite ({@link MeetingRescheduled#reminderGroup}): cancelling the RSVP or the meeting
 * voids them, and so does moving the meeting, which sends new ones. They are asked for only when the resident can be
 * reminded ({@link Rsvp#remindable}).
 */
@Component
class MeetingMail {

    static final String CONFIRM_TEMPLATE = "outreach.meeting-rsvp-confirmation";
    static final String CONFIRMED_TEMPLATE = "outreach.meeting-confirmation";
    static final String REMINDER_TEMPLATE = "outreach.meeting-reminder-";
    static final String WAITLISTED_TEMPLATE = "outreach.meeting-waitlisted";
    static final String PROMOTED_TEMPLATE = "outreach.meeting-promotion";
    static final String UPDATED_TEMPLATE = "outreach.meeting-updated";
    static final String CANCELLED_TEMPLATE = "outreach.meeting-cancelled";

    private final Links links;
    private final Times times;
    private final Directions directions;
    private final MeetingInvite invite;
    private final OutreachSettings settings;
    private final MessageSource messages;

    MeetingMail(Links links, Times times, Directions directions, MeetingInvite invite, OutreachSettings settings,
            MessageSource messages) {
        this.links = links;
        this.times = times;
        this.directions = directions;
        this.invite = invite;
        this.settings = settings;
        this.messages = messages;
    }

    /** The email or text with the link that confirms the RSVP (double opt-in). */
    NotificationRequested confirmationRequest(Rsvp rsvp, Meeting meeting, String token, Instant now) {
        Locale locale = Locale.forLanguageTag(rsvp.language());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("meetingTitle", meeting.title(locale));
        parameters.put("startsAt", times.span(meeting.startsAt(), meeting.endsAt(), locale));
        parameters.put("confirmUrl", UriComponentsBuilder.fromUriString(links.publicBase()).path("/outreach/rsvps/confirm")
                .queryParam("token", token).queryParam("lang", rsvp.language()).build().encode().toUriString());
        parameters.put("validFor", validFor(locale));
        return request(rsvp, "confirmation", CONFIRM_TEMPLATE, NotificationCategory.TRANSACTIONAL, parameters, now)
                .build();
    }

    /**
     * The confirmation (by email with the calendar invite attached), and a reminder for each configured offset still
     * ahead when the resident can be reminded.
     */
    List<NotificationRequested> confirmed(Rsvp rsvp, Meeting meeting, Instant now) {
        return withInvite(rsvp, meeting, "confirmed", CONFIRMED_TEMPLATE, now);
    }

    /** A place someone gave back is theirs: the same as a confirmation, worded as good news. */
    List<NotificationRequested> promoted(Rsvp rsvp, Meeting meeting, Instant now) {
        return withInvite(rsvp, meeting, "promoted", PROMOTED_TEMPLATE, now);
    }

    /**
     * The meeting moved: to a resident going, the updated invite (same UID, the new SEQUENCE) and the reminders of the
     * new time; to one waiting, the new time and their place in line.
     */
    List<NotificationRequested> updated(Rsvp rsvp, Meeting meeting, Places places, Instant now) {
        if (rsvp.status() == Rsvp.Status.WAITLISTED) {
            Map<String, String> parameters = parameters(rsvp, meeting);
            parameters.put("waitlistPosition", Integer.toString(places.position(rsvp.id())));
            return List.of(request(rsvp, "updated-v" + meeting.sequence(), UPDATED_TEMPLATE,
                    NotificationCategory.TRANSACTIONAL, parameters, now).build());
        }
        return withInvite(rsvp, meeting, "updated-v" + meeting.sequence(), UPDATED_TEMPLATE, now);
    }

    /** The meeting is full: they are in line, at this position, and will be told if a place is theirs. */
    List<NotificationRequested> waitlisted(Rsvp rsvp, Meeting meeting, int position, Instant now) {
        Map<String, String> parameters = parameters(rsvp, meeting);
        parameters.put("waitlistPosition", Integer.toString(position));
        return List.of(request(rsvp, "waitlisted", WAITLISTED_TEMPLATE, NotificationCategory.TRANSACTIONAL, parameters,
                now).build());
    }

    /**
     * The meeting was called off. A resident going gets the cancelled invite attached ({@code METHOD:CANCEL}, the same
     * UID), which removes it from their calendar.
     */
    NotificationRequested cancelled(Rsvp rsvp, Meeting meeting, Instant now) {
        NotificationRequest request = request(rsvp, "meeting-cancelled", CANCELLED_TEMPLATE,
                NotificationCategory.TRANSACTIONAL, parameters(rsvp, meeting), now);
        return (rsvp.status() == Rsvp.Status.GOING && !rsvp.prefersText()
                ? request.attachment(attachment(rsvp, meeting)) : request).build();
    }

    /**
     * The message with the invite (attached to an email; a text links the RSVP's page) and a reminder for each
     * configured offset still ahead, when the resident can be reminded.
     */
    private List<NotificationRequested> withInvite(Rsvp rsvp, Meeting meeting, String messageName, String template,
            Instant now) {
        Map<String, String> parameters = parameters(rsvp, meeting);
        List<NotificationRequested> mail = new ArrayList<>();
        NotificationRequest message = request(rsvp, messageName, template, NotificationCategory.TRANSACTIONAL,
                parameters, now);
        mail.add((rsvp.prefersText() ? message : message.attachment(attachment(rsvp, meeting))).build());
        String version = meeting.sequence() == 0 ? "" : "-v" + meeting.sequence();
        for (Duration before : settings.reminders()) {
            Instant sendAt = meeting.startsAt().minus(before);
            if (sendAt.isAfter(now) && rsvp.remindable()) {
                String label = ShiftMail.label(before);
                mail.add(request(rsvp, "reminder-" + label + version, REMINDER_TEMPLATE + label,
                        NotificationCategory.REMINDERS, parameters, now).sendAt(sendAt)
                        .relatedIds(List.of(rsvp.id(), rsvp.meetingId(),
                                MeetingRescheduled.reminderGroup(rsvp.meetingId(), meeting.sequence())))
                        .build());
            }
        }
        return mail;
    }

    private NotificationRequested.Attachment attachment(Rsvp rsvp, Meeting meeting) {
        return new NotificationRequested.Attachment(invite.internalUrl(meeting.id(), rsvp.language()),
                invite.filename(Locale.forLanguageTag(rsvp.language())), MeetingInvite.MEDIA_TYPE);
    }

    private Map<String, String> parameters(Rsvp rsvp, Meeting meeting) {
        Locale locale = Locale.forLanguageTag(rsvp.language());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("meetingTitle", meeting.title(locale));
        parameters.put("startsAt", times.span(meeting.startsAt(), meeting.endsAt(), locale));
        parameters.put("place", directions.location(meeting, locale));
        parameters.put("directionsUrl", directions.url(meeting));
        parameters.put("calendarUrl", links.publicBase() + MeetingInvite.path(meeting.id()) + "?lang=" + rsvp.language());
        parameters.put("manageUrl", links.url(Kind.RSVP, rsvp.id()));
        return parameters;
    }

    private NotificationRequest request(Rsvp rsvp, String message, String template,
            NotificationCategory category, Map<String, String> parameters, Instant now) {
        return rsvp.addressedTo(Mail.request("outreach:" + rsvp.id() + ":" + message).category(category)
                .templateKey(template).locale(rsvp.language())).templateParameters(parameters)
                .campaignId(rsvp.campaignId()).supporterId(rsvp.supporterId())
                .relatedIds(List.of(rsvp.id(), rsvp.meetingId())).requestedAt(now);
    }

    private String validFor(Locale locale) {
        long hours = Math.max(1, settings.confirmation().ttl().toHours());
        return hours >= 48 && hours % 24 == 0
                ? messages.getMessage("volunteer.mail.valid-days", new Object[] { hours / 24 }, locale)
                : messages.getMessage("volunteer.mail.valid-hours", new Object[] { hours }, locale);
    }
}
