package org.plaza.starter.notification;

/**
 * The request id of a resident's "comments close soon" reminder for a drive, known on both sides: the comments
 * service asks for the reminder under it at the person's first draft on the drive, and the notifications service
 * voids it when any of that person's drafts on the drive is confirmed ({@code CommentSubmitted} carries the drive
 * and the person), not only the draft it was first asked for.
 */
public final class CommentReminders {

    private CommentReminders() {
    }

    /** One reminder per person and drive. */
    public static String closingSoonRequestId(String driveId, String supporterId) {
        return "ntf-comments-closing-soon-" + driveId + "-" + supporterId;
    }
}
