package org.plaza.comments.comment.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.support.DateTexts;

/** What the drive page shows about the item, in the reader's language and the body's time zone. */
record DrivePage(String id, String title, String bodyName, String bodyKind, String agendaItemNumber, String agendaUrl,
        String decision, List<String> talkingPoints, String meetingText, String deadlineText, long daysLeft,
        long hoursLeft, long minutesLeft, boolean open, boolean speakingAllowed, int lengthLimit) {

    static DrivePage of(CommentDrive drive, Locale locale, Instant now) {
        String language = locale.getLanguage();
        long[] left = DateTexts.daysHoursMinutes(now, drive.commentDeadline());
        List<String> points = Arrays.stream(drive.content().talkingPoints(language).split("\n"))
                .map(String::strip).map(line -> line.replaceFirst("^[-*•]\\s*", "")).filter(line -> !line.isEmpty())
                .toList();
        return new DrivePage(drive.id(), drive.content().title(language), drive.bodyName(), drive.bodyKind(),
                drive.content().agendaItemNumber(), drive.content().agendaUrl(), drive.content().decision(language),
                points, DateTexts.dateTime(drive.meetingAt(), drive.zone(), locale),
                DateTexts.dateTime(drive.cutoff(), drive.zone(), locale), left[0], left[1], left[2],
                drive.acceptsCommentsAt(now), drive.speakingRequestsAllowed(), drive.commentLengthLimit());
    }
}
