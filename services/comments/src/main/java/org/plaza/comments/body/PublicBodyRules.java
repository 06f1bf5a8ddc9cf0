package org.plaza.comments.body;

import java.time.Duration;

/** Everything an organizer says about a public body, already checked. */
record PublicBodyRules(String name, PublicBodyKind kind, String clerkEmail, String clerkLanguage, String timeZone,
        String meetingLanguage, Duration deadlineBeforeMeeting, int commentLengthLimit) {
}
