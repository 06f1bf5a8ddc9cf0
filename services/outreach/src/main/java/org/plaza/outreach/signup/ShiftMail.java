package org.plaza.outreach.signup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.outreach.shift.Shift;
import org.plaza.outreach.support.Links.Kind;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.Mail;
import org.plaza.outreach.support.OutreachSettings;
import org.plaza.outreach.support.Times;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.stereotype.Component;

/**
 * The messages a sign-up causes, in the volunteer's language, by text to a volunteer who chose texts and by email
 * otherwise ({@link Volunteer#addressedTo}); a volunteer who can be reached neither way gets none. Each has a request id derived from the sign-up
 * and the message ({@code outreach:<signupId>:reminder-24h}), so however often it is requested (a relay
 * republishing after a crash, a restart) the notifications service sends it once; reminders carry a
 * {@code sendAt} and the sign-up and shift as related ids, so cancelling either voids them.
 */
@Component
public class ShiftMail {

    private final Links links;
    private final Times times;
    private final Vocabulary vocabulary;
    private final OutreachSettings settings;

    ShiftMail(Links links, Times times, Vocabulary vocabulary, OutreachSettings settings) {
        this.links = links;
        this.times = times;
        this.vocabulary = vocabulary;
        this.settings = settings;
    }

    /** The confirmation (or promotion) now, and a reminder for each configured offset still ahead. */
    List<NotificationRequested> confirmed(Signup signup, Shift shift, Volunteer volunteer, boolean promoted, Instant now) {
        if (!volunteer.reachable()) {
            return List.of();
        }
        Map<String, String> parameters = shiftParameters(signup, shift, volunteer);
        List<NotificationRequested> mail = new ArrayList<>();
        mail.add(request(signup, volunteer, promoted ? "promotion" : "confirmation",
                promoted ? "outreach.waitlist-promotion" : "outreach.shift-confirmation", NotificationCategory.TRANSACTIONAL, parameters,
                null, now));
        for (Duration before : settings.reminders()) {
            Instant sendAt = shift.startsAt().minus(before);
            if (sendAt.isAfter(now)) {
                String label = label(before);
                mail.add(request(signup, volunteer, "reminder-" + label, "outreach.shift-reminder-" + label,
                        NotificationCategory.REMINDERS, parameters, sendAt, now));
            }
        }
        return mail;
    }

    /** The message that says they are in line, and where. */
    List<NotificationRequested> waitlisted(Signup signup, Shift shift, Volunteer volunteer, int position, Instant now) {
        if (!volunteer.reachable()) {
            return List.of();
        }
        Locale locale = Locale.forLanguageTag(volunteer.preferredLanguage());
        Map<String, String> parameters = Map.of("shiftTitle", shift.title(locale),
                "startsAt", times.span(shift.startsAt(), shift.endsAt(), locale),
                "waitlistPosition", Integer.toString(position),
                "manageUrl", links.url(Kind.SIGNUP, signup.id()));
        return List.of(request(signup, volunteer, "waitlisted", "outreach.shift-waitlisted", NotificationCategory.TRANSACTIONAL,
                parameters, null, now));
    }

    /** The request id of one of a sign-up's messages, e.g. {@code outreach:sgn_…:reminder-2h}. */
    public static String requestId(String signupId, String message) {
        return "outreach:" + signupId + ":" + message;
    }

    /** {@code 24h}, {@code 2h}, or minutes ({@code 90m}) when the offset is not whole hours. */
    public static String label(Duration before) {
        return before.toMinutes() % 60 == 0 ? before.toHours() + "h" : before.toMinutes() + "m";
    }

    private Map<String, String> shiftParameters(Signup signup, Shift shift, Volunteer volunteer) {
        Locale locale = Locale.forLanguageTag(volunteer.preferredLanguage());
        return Map.of("shiftTitle", shift.title(locale),
                "startsAt", times.span(shift.startsAt(), shift.endsAt(), locale),
                "place", shift.address() + ", " + vocabulary.communityName(shift.community(), locale),
                "manageUrl", links.url(Kind.SIGNUP, signup.id()));
    }

    private NotificationRequested request(Signup signup, Volunteer volunteer, String message, String template,
            NotificationCategory category, Map<String, String> parameters, Instant sendAt, Instant now) {
        return volunteer.addressedTo(Mail.request(requestId(signup.id(), message)).category(category)
                .templateKey(template).locale(volunteer.preferredLanguage()))
                .templateParameters(parameters).campaignId(signup.campaignId()).supporterId(signup.supporterId())
                .relatedIds(List.of(signup.id(), signup.shiftId())).sendAt(sendAt).requestedAt(now).build();
    }
}
