package org.plaza.outreach.meeting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import org.plaza.outreach.support.Links;
import org.plaza.starter.links.ResidentLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * A meeting's calendar invite (RFC 5545, written with ical4j): one {@code VEVENT} with times in UTC (so no
 * {@code VTIMEZONE} is needed and every calendar shows the local time right), a {@code UID} that is the same for
 * every copy of the meeting's invite (adding it twice updates one entry), the place as {@code LOCATION}, the
 * description with the directions link, and the meeting's page as {@code URL}. Texts are in the reader's language.
 * The bytes depend only on the meeting and the language ({@code DTSTAMP} is when it was scheduled or last changed).
 * A moved meeting's invite has a higher {@code SEQUENCE}, so calendars update the entry; a cancelled meeting's is
 * {@code METHOD:CANCEL} with {@code STATUS:CANCELLED} under the same UID, so calendars remove it.
 */
@Component
public class MeetingInvite {

    /** The media type the invite is served and attached with. */
    public static final String MEDIA_TYPE = "text/calendar";

    private final Directions directions;
    private final MessageSource messages;
    private final Links links;

    MeetingInvite(Directions directions, MessageSource messages, Links links) {
        this.directions = directions;
        this.messages = messages;
        this.links = links;
    }

    /** The path of the invite on this service ({@code /outreach/meetings/{id}/invite.ics}). */
    public static String path(String meetingId) {
        return ResidentLinks.meeting(meetingId) + "/invite.ics";
    }

    /** The file name a resident sees, e.g. {@code reunion.ics} / {@code meeting.ics}. */
    public String filename(Locale locale) {
        return messages.getMessage("meeting.invite.filename", null, locale);
    }

    /** Where the notifications service fetches the invite in {@code language} to attach it. */
    public String internalUrl(String meetingId, String language) {
        return links.internalBase() + path(meetingId) + "?lang=" + language;
    }

    /** The invite as UTF-8 bytes with CRLF line ends and folded lines. */
    public byte[] ics(Meeting meeting, Locale locale) {
        String page = pageUrl(meeting, locale);
        String directionsUrl = directions.url(meeting);
        String about = meeting.description(locale);
        String description = (about == null ? "" : about + "\n\n")
                + messages.getMessage("meeting.invite.directions", new Object[] { directionsUrl }, locale) + "\n"
                + messages.getMessage("meeting.invite.page", new Object[] { page }, locale);
        VEvent event = new VEvent(false);
        event.add(new Uid(meeting.id() + "@plaza.outreach.meetings"));
        event.add(new DtStamp(meeting.changedAt()));
        event.add(new Sequence(meeting.sequence()));
        event.add(new DtStart<Instant>(meeting.startsAt()));
        event.add(new DtEnd<Instant>(meeting.endsAt()));
        event.add(new Summary(meeting.title(locale)));
        event.add(new Location(directions.location(meeting, locale)));
        event.add(new Description(description));
        event.add(new Url(URI.create(page)));
        if (meeting.cancelled()) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Plaza//Outreach meetings//" + locale.getLanguage().toUpperCase(Locale.ROOT)));
        calendar.add(meeting.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
        calendar.withDefaults();
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The meeting's public page in the reader's language, on the origin of the links in emails. */
    public String pageUrl(Meeting meeting, Locale locale) {
        return links.publicBase() + ResidentLinks.meeting(meeting.id()) + "?lang=" + locale.getLanguage();
    }
}
