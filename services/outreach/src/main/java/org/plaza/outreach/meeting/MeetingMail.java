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
 * The emails of an RSVP, in the resident's language, each under a request id derived from the RSVP and the message
 * ({@code outreach:<rsvpId>:reminder-24h}), so a republished request is one email. Reminders carry a {@code sendAt}
 * and the RSVP then the meeting as related ids: cancelling the RSVP voids them.
 */
@Component
class MeetingMail {

    static final String CONFIRM_TEMPLATE = "outreach.meeting-rsvp-confirmation";
    static final String CONFIRMED_TEMPLATE = "outreach.meeting-confirmation";
    static final String REMINDER_TEMPLATE = "outreach.meeting-reminder-";

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

    /** The email with the link that confirms the RSVP (double opt-in). */
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

    /** The confirmation with the calendar invite attached, and a reminder for each configured offset still ahead. */
    List<NotificationRequested> confirmed(Rsvp rsvp, Meeting meeting, Instant now) {
        Locale locale = Locale.forLanguageTag(rsvp.language());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("meetingTitle", meeting.title(locale));
        parameters.put("startsAt", times.span(meeting.startsAt(), meeting.endsAt(), locale));
        parameters.put("place", directions.location(meeting, locale));
        parameters.put("directionsUrl", directions.url(meeting));
        parameters.put("calendarUrl", links.publicBase() + MeetingInvite.path(meeting.id()) + "?lang=" + rsvp.language());
        parameters.put("manageUrl", links.url(Kind.RSVP, rsvp.id()));
        List<NotificationRequested> mail = new ArrayList<>();
        mail.add(request(rsvp, "confirmed", CONFIRMED_TEMPLATE, NotificationCategory.TRANSACTIONAL, parameters, now)
                .attachment(new NotificationRequested.Attachment(invite.internalUrl(meeting.id(), rsvp.language()),
                        invite.filename(locale), MeetingInvite.MEDIA_TYPE))
                .build());
        for (Duration before : settings.reminders()) {
            Instant sendAt = meeting.startsAt().minus(before);
            if (sendAt.isAfter(now)) {
                String label = ShiftMail.label(before);
                mail.add(request(rsvp, "reminder-" + label, REMINDER_TEMPLATE + label, NotificationCategory.REMINDERS,
                        parameters, now).sendAt(sendAt).build());
            }
        }
        return mail;
    }

    private NotificationRequest request(Rsvp rsvp, String message, String template,
            NotificationCategory category, Map<String, String> parameters, Instant now) {
        return Mail.request("outreach:" + rsvp.id() + ":" + message).category(category).templateKey(template)
                .locale(rsvp.language()).recipient(rsvp.email(), rsvp.name()).templateParameters(parameters)
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
