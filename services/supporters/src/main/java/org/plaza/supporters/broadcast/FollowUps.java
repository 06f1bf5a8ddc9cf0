package org.plaza.supporters.broadcast;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.plaza.starter.security.StaffMember;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.supporters.supporter.ActionKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The follow-ups organizers send most, as ready drafts with the right audience, written in both languages from the
 * message bundles: "the board meets on a date, come and speak" to a petition's signers in one community, and "thank
 * you, we won" to everyone who acted on the campaign. The organizer edits and sends them like any draft.
 */
@Component
public class FollowUps {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final BroadcastDesk desk;
    private final MessageSource messages;
    private final Vocabulary vocabulary;

    FollowUps(BroadcastDesk desk, MessageSource messages, Vocabulary vocabulary) {
        this.desk = desk;
        this.messages = messages;
        this.vocabulary = vocabulary;
    }

    /** "The board meets on {date}, come and speak", to those who signed the campaign's petition in {@code community}. */
    public Broadcast boardMeeting(StaffMember staff, String campaignId, String community, LocalDate meetingDate) {
        vocabulary.requireCommunities("community", List.of(community == null ? "" : community));
        return desk.create(staff, campaignId, boardMeeting(SPANISH, community, meetingDate),
                boardMeeting(Locale.ENGLISH, community, meetingDate),
                new AudienceFilter(null, ActionKind.SIGNED.name(), community));
    }

    /** "Thank you, we won", to everyone who acted on the campaign. */
    public Broadcast weWon(StaffMember staff, String campaignId) {
        return desk.create(staff, campaignId, text(SPANISH, "we-won"), text(Locale.ENGLISH, "we-won"),
                AudienceFilter.everyone());
    }

    private Message boardMeeting(Locale language, String community, LocalDate date) {
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).localizedBy(language).format(date);
        String place = vocabulary.communityName(community, language);
        return new Message(messages.getMessage("supporters.follow-up.board-meeting.subject", new Object[] { day }, language),
                messages.getMessage("supporters.follow-up.board-meeting.body", new Object[] { day, place }, language));
    }

    private Message text(Locale language, String kind) {
        return new Message(messages.getMessage("supporters.follow-up." + kind + ".subject", null, language),
                messages.getMessage("supporters.follow-up." + kind + ".body", null, language));
    }
}
