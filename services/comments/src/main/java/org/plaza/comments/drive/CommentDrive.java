package org.plaza.comments.drive;

import java.time.Instant;
import java.time.ZoneId;

import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.comments.CommentDriveOpened;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A public-comment drive on one agenda item. It takes comments while it is open and the clock is before
 * its deadline; the deadline is the instant it closes, whether or not anything was running then.
 */
@Document("drives")
public class CommentDrive extends OutboxAggregate {

    /** The field that says when the drive's "comments close soon" reminders were asked for. */
    public static final String REMINDERS_REQUESTED_AT = "remindersRequestedAt";

    @Id
    private final String id;
    private final String campaignId;
    private final String publicBodyId;
    private final String bodyName;
    private final String bodyKind;
    private final String timeZone;
    private final String meetingLanguage;
    private String clerkEmail;
    private String clerkLanguage;
    private final Instant meetingAt;
    private final DriveContent content;
    private final Instant commentDeadline;
    private final boolean speakingRequestsAllowed;
    private final int commentLengthLimit;
    private boolean autoApprove;
    private DriveStatus status;
    private final String openedBy;
    private final Instant openedAt;
    private Instant closedAt;
    private CommentDriveClosed.Reason closeReason;
    private String closedBy;
    private boolean packetPending;
    private Instant personalDataErasedAt;
    private Double similarityThreshold;
    /** When the "comments close soon" reminders of the drive were asked for, or null (not in the constructor). */
    private Instant remindersRequestedAt;

    @PersistenceCreator
    CommentDrive(String id, String campaignId, String publicBodyId, String bodyName, String bodyKind, String timeZone,
            String meetingLanguage, Instant meetingAt, DriveContent content, Instant commentDeadline,
            boolean speakingRequestsAllowed, int commentLengthLimit, boolean autoApprove, DriveStatus status,
            String openedBy, Instant openedAt, Instant closedAt, CommentDriveClosed.Reason closeReason,
            String closedBy, boolean packetPending, Double similarityThreshold, String clerkEmail, String clerkLanguage) {
        this.id = id;
        this.campaignId = campaignId;
        this.publicBodyId = publicBodyId;
        this.bodyName = bodyName;
        this.bodyKind = bodyKind;
        this.timeZone = timeZone;
        this.meetingLanguage = meetingLanguage;
        this.meetingAt = meetingAt;
        this.content = content;
        this.commentDeadline = commentDeadline;
        this.speakingRequestsAllowed = speakingRequestsAllowed;
        this.commentLengthLimit = commentLengthLimit;
        this.autoApprove = autoApprove;
        this.status = status;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.closedAt = closedAt;
        this.closeReason = closeReason;
        this.closedBy = closedBy;
        this.packetPending = packetPending;
        this.similarityThreshold = similarityThreshold;
        this.clerkEmail = clerkEmail;
        this.clerkLanguage = clerkLanguage;
    }

    /** Opens a drive; the caller has checked the deadline against the clock and the meeting. */
    static CommentDrive open(String id, String campaignId, BodySnapshot body, Instant meetingAt, DriveContent content,
            Instant commentDeadline, boolean speakingRequestsAllowed, boolean autoApprove, String staffId,
            Instant now) {
        CommentDrive drive = new CommentDrive(id, campaignId, body.id(), body.name(), body.kind(), body.timeZone(),
                body.meetingLanguage(), meetingAt, content, commentDeadline, speakingRequestsAllowed,
                body.commentLengthLimit(), autoApprove, DriveStatus.OPEN, staffId, now, null, null, null, false, null,
                body.clerkEmail(), body.clerkLanguage());
        drive.raise(new CommentDriveOpened(id, campaignId, body.id(), body.kind(), content.titleEs(),
                content.titleEn(), content.agendaItemNumber(), meetingAt, body.timeZone(), commentDeadline,
                speakingRequestsAllowed, staffId, now));
        return drive;
    }

    /** Whether a comment (or a confirmation, edit or withdrawal) made at {@code now} is in time. */
    public boolean acceptsCommentsAt(Instant now) {
        return status == DriveStatus.OPEN && now.isBefore(commentDeadline);
    }

    /** Whether the deadline has come and the drive still has to be closed. */
    public boolean isDueAt(Instant now) {
        return status == DriveStatus.OPEN && !now.isBefore(commentDeadline);
    }

    /**
     * Closes the drive: at the deadline itself when it has passed (also when noticed late), or now when an
     * organizer closes it early. Closing a closed drive does nothing.
     *
     * @return whether this call closed it
     */
    public boolean close(String staffId, int confirmedComments, Instant now) {
        if (status == DriveStatus.CLOSED) {
            return false;
        }
        boolean deadlinePassed = !now.isBefore(commentDeadline);
        this.status = DriveStatus.CLOSED;
        this.closeReason = deadlinePassed ? CommentDriveClosed.Reason.DEADLINE_PASSED
                : CommentDriveClosed.Reason.CLOSED_BY_ORGANIZER;
        this.closedAt = deadlinePassed ? commentDeadline : now;
        this.closedBy = deadlinePassed ? null : staffId;
        this.packetPending = true;
        raise(new CommentDriveClosed(id, campaignId, closeReason, commentDeadline, confirmedComments, closedBy,
                closedAt));
        return true;
    }

    /**
     * Records that the "comments close soon" reminders were asked for, once.
     *
     * @return false when they already were
     */
    public boolean remindersRequested(Instant now) {
        if (remindersRequestedAt != null) {
            return false;
        }
        this.remindersRequestedAt = now;
        return true;
    }

    /** When the "comments close soon" reminders were asked for, or null. */
    public Instant remindersRequestedAt() {
        return remindersRequestedAt;
    }

    /** The packet for this closing has been compiled. */
    public void packetCompiled() {
        this.packetPending = false;
    }

    /** The organizer's similarity threshold for this drive's groups, when they chose one. */
    public void similarityThreshold(double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("A similarity threshold is in (0, 1]");
        }
        this.similarityThreshold = threshold;
    }

    public double similarityThresholdOr(double fallback) {
        return similarityThreshold == null ? fallback : similarityThreshold;
    }

    public void autoApprove(boolean enabled) {
        this.autoApprove = enabled;
    }

    /** The instant after which nothing counts: the closing time, or the deadline while open. */
    public Instant cutoff() {
        return closedAt != null ? closedAt : commentDeadline;
    }

    public String id() {
        return id;
    }

    public String campaignId() {
        return campaignId;
    }

    public String publicBodyId() {
        return publicBodyId;
    }

    public String bodyName() {
        return bodyName;
    }

    /**
     * The clerk's address copied from the public body when the drive opened: every packet of this drive goes
     * there, whatever later happens to the body. {@code null} only for a drive opened before drives kept it.
     */
    public String clerkEmail() {
        return clerkEmail;
    }

    /** The language of the clerk's packet, copied with {@link #clerkEmail()}. */
    public String clerkLanguage() {
        return clerkLanguage;
    }

    public String bodyKind() {
        return bodyKind;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String timeZone() {
        return timeZone;
    }

    public String meetingLanguage() {
        return meetingLanguage;
    }

    public Instant meetingAt() {
        return meetingAt;
    }

    public DriveContent content() {
        return content;
    }

    public Instant commentDeadline() {
        return commentDeadline;
    }

    public boolean speakingRequestsAllowed() {
        return speakingRequestsAllowed;
    }

    public int commentLengthLimit() {
        return commentLengthLimit;
    }

    public boolean autoApprove() {
        return autoApprove;
    }

    public DriveStatus status() {
        return status;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public CommentDriveClosed.Reason closeReason() {
        return closeReason;
    }

    /** When the commenters' personal data was erased, or null. */
    public Instant personalDataErasedAt() {
        return personalDataErasedAt;
    }

    public boolean packetPending() {
        return packetPending;
    }

    /** The public body as it was when the drive opened, with the clerk who will receive its packets. */
    record BodySnapshot(String id, String name, String kind, String timeZone, String meetingLanguage,
            int commentLengthLimit, String clerkEmail, String clerkLanguage) {
    }
}
