package org.plaza.comments.comment;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.screening.Flag;
import org.plaza.comments.support.Secrets;
import org.plaza.events.comments.CommentModerated;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.comments.CommentWithdrawn;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One resident's comment on one drive. Every submission of the form is a new draft with its own code and
 * personal link, and a draft's text never changes before it is confirmed: a request that knows someone's
 * address can add a draft of its own, never alter theirs. It counts once confirmed, and can be edited or
 * withdrawn through its link until the drive's deadline; each confirmed version is announced with a higher
 * revision. {@code activeKey} is unique: a draft holds one of its own, a confirmed comment the drive and
 * supporter, so one person has at most one live comment per drive; confirming another draft supersedes it.
 */
@Document("comments")
@CompoundIndexes({
        @CompoundIndex(name = "drive_group", def = "{'driveId': 1, 'groupKey': 1, '_id': 1}"),
        @CompoundIndex(name = "drive_status", def = "{'driveId': 1, 'status': 1, 'moderation': 1}") })
public class Comment extends OutboxAggregate {

    @Id
    private final String id;
    private final String driveId;
    private final String campaignId;
    private final String supporterId;
    @Indexed(unique = true)
    private String activeKey;
    /** Which share brought the commenter (WHATSAPP … FLYER, OTHER), null for none; not in the constructor. */
    private String shareSource;
    private String email;
    private String locale;
    private CommentContent content;
    private CommentStatus status;
    private int revision;
    private final Instant createdAt;
    private Instant confirmedAt;
    private Instant revisedAt;
    private Instant withdrawnAt;
    @Indexed(unique = true)
    private String linkTokenHash;
    private String codeHash;
    private int codeAttempts;
    private int emailsSent;
    private Moderation moderation;
    private RejectionReason rejectionReason;
    private String moderationNote;
    private String moderatedBy;
    private Instant moderatedAt;
    private Set<Flag> flags;
    private String groupKey;
    private int groupedRevision;
    private boolean groupPinned;
    private String translation;
    private Instant anonymizedAt;
    private String supersededBy;
    /** The mobile number in E.164 the resident gave (with or instead of an email), or null. */
    private String phone;
    /** Whether they ticked the form's box for texts (only with a number): the reminder and campaign news by text. */
    private boolean smsOptIn;
    @PersistenceCreator
    Comment(String id, String driveId, String campaignId, String supporterId, String activeKey, String email,
            String locale, CommentContent content, CommentStatus status, int revision, Instant createdAt,
            Instant confirmedAt, Instant revisedAt, Instant withdrawnAt, String linkTokenHash, String codeHash,
            int codeAttempts, int emailsSent, Moderation moderation, RejectionReason rejectionReason,
            String moderationNote, String moderatedBy, Instant moderatedAt, Set<Flag> flags, String groupKey,
            int groupedRevision, boolean groupPinned, String translation) {
        this.id = id;
        this.driveId = driveId;
        this.campaignId = campaignId;
        this.supporterId = supporterId;
        this.activeKey = activeKey;
        this.email = email;
        this.locale = locale;
        this.content = content;
        this.status = status;
        this.revision = revision;
        this.createdAt = createdAt;
        this.confirmedAt = confirmedAt;
        this.revisedAt = revisedAt;
        this.withdrawnAt = withdrawnAt;
        this.linkTokenHash = linkTokenHash;
        this.codeHash = codeHash;
        this.codeAttempts = codeAttempts;
        this.emailsSent = emailsSent;
        this.moderation = moderation;
        this.rejectionReason = rejectionReason;
        this.moderationNote = moderationNote;
        this.moderatedBy = moderatedBy;
        this.moderatedAt = moderatedAt;
        this.flags = flags == null ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flagsOrNone(flags));
        this.groupKey = groupKey;
        this.groupedRevision = groupedRevision;
        this.groupPinned = groupPinned;
        this.translation = translation;
    }

    /**
     * A new comment waiting for its email (or, without one, its mobile number) to be confirmed; {@code smsOptIn} is
     * the form's box for texts, kept only with a number.
     */
    static Comment submit(String id, CommentDrive drive, String supporterId, String email, String phone,
            boolean smsOptIn, String locale, CommentContent content, Set<Flag> flags, Instant now) {
        Comment comment = new Comment(id, drive.id(), drive.campaignId(), supporterId, draftKey(drive.id(), supporterId, id), email,
                locale, content, CommentStatus.PENDING_CONFIRMATION, 0, now, null, null, null, null, null, 0, 0,
                Moderation.PENDING, null, null, null, null, flags, null, 0, false, null);
        comment.phone = phone;
        comment.smsOptIn = smsOptIn && phone != null;
        return comment;
    }

    /** Remembers which share brought the commenter, an allow-listed code ({@code ShareSources.of}) or null. */
    void cameThrough(String source) {
        this.shareSource = source;
    }

    /** The key of a person's live (confirmed) comment on a drive. */
    static String activeKey(String driveId, String supporterId) {
        return driveId + "|" + supporterId;
    }

    /** A draft's own key: every draft of a person on a drive starts with their {@link #activeKey}. */
    static String draftKey(String driveId, String supporterId, String id) {
        return activeKey(driveId, supporterId) + "|draft|" + id;
    }

    /**
     * Gives the draft its personal link and confirmation code and asks for the email that carries them,
     * once: a draft is never sent a second code. The code is bound to this draft and to this exact text
     * ({@link #contentDigest}), so it confirms nothing else.
     */
    void requestConfirmation(String linkToken, String code, NotificationRequested email) {
        requireStatus(CommentStatus.PENDING_CONFIRMATION);
        if (emailsSent > 0) {
            throw new IllegalStateException("Comment " + id + " already has its code");
        }
        this.linkTokenHash = Secrets.sha256(linkToken);
        this.codeHash = Secrets.sha256(codeSubject(code));
        this.codeAttempts = 0;
        this.emailsSent++;
        raise(email);
    }

    private String codeSubject(String code) {
        return id + ":" + contentDigest() + ":" + code;
    }

    /** The SHA-256 of everything the resident wrote and chose: the revision of the content a code confirms. */
    String contentDigest() {
        return Secrets.sha256(content.toString());
    }

    /** Asks, in this draft's write, for its person's "comments close soon" reminder (it was never confirmed). */
    void requestReminder(NotificationRequested reminder) {
        raise(reminder);
    }

    /** Asks, in the same write as the confirmation, for the invitation to volunteer the resident ticked. */
    void requestInvitation(NotificationRequested invitation) {
        raise(invitation);
    }

    /**
     * Hands, in the same write as the confirmation, the resident's details and consents to the supporters service;
     * only a confirmed comment does, and its id keys the hand-over, so a replay is recorded once.
     */
    void handOver(SupporterContactShared contact) {
        requireStatus(CommentStatus.CONFIRMED);
        raise(contact);
    }

    /** Checks a typed code; counts failures so the six digits cannot be guessed. */
    CodeCheck checkCode(String code, int maxAttempts) {
        if (status != CommentStatus.PENDING_CONFIRMATION) {
            return status == CommentStatus.CONFIRMED ? CodeCheck.ALREADY_CONFIRMED : CodeCheck.NOT_PENDING;
        }
        if (codeHash == null || codeAttempts >= maxAttempts) {
            return CodeCheck.LOCKED;
        }
        if (Secrets.matches(codeHash, codeSubject(code))) {
            return CodeCheck.MATCHES;
        }
        codeAttempts++;
        return codeAttempts >= maxAttempts ? CodeCheck.LOCKED : CodeCheck.WRONG;
    }

    enum CodeCheck {
        MATCHES, WRONG, LOCKED, ALREADY_CONFIRMED, NOT_PENDING
    }

    /**
     * Confirms the comment: it counts from now. A drive that auto-approves approves it at once unless
     * screening flagged it.
     *
     * @return false when it was already confirmed (a replayed link or code changes nothing)
     */
    boolean confirm(CommentDrive drive, Instant now) {
        if (status == CommentStatus.CONFIRMED) {
            return false;
        }
        requireStatus(CommentStatus.PENDING_CONFIRMATION);
        this.status = CommentStatus.CONFIRMED;
        this.activeKey = activeKey(driveId, supporterId);
        this.revision = 1;
        this.confirmedAt = now;
        this.revisedAt = now;
        this.codeHash = null;
        raise(submitted(drive, now));
        autoModerate(drive, now);
        return true;
    }

    /**
     * Replaces a confirmed comment's content with a new revision; it goes back to moderation.
     *
     * @return false when nothing changed
     */
    boolean edit(CommentDrive drive, CommentContent newContent, Set<Flag> newFlags, Instant now) {
        requireStatus(CommentStatus.CONFIRMED);
        if (newContent.equals(content)) {
            return false;
        }
        this.content = newContent;
        this.flags = EnumSet.copyOf(flagsOrNone(newFlags));
        this.revision++;
        this.revisedAt = now;
        this.moderation = Moderation.PENDING;
        this.rejectionReason = null;
        this.moderationNote = null;
        this.moderatedBy = null;
        this.moderatedAt = null;
        this.translation = null;
        if (!groupPinned) {
            this.groupKey = null;
        }
        raise(submitted(drive, now));
        autoModerate(drive, now);
        return true;
    }

    /** Takes the comment back; its place frees up so the resident may comment again. */
    boolean withdraw(Instant now) {
        if (status == CommentStatus.WITHDRAWN) {
            return false;
        }
        boolean wasCounted = status == CommentStatus.CONFIRMED;
        this.status = CommentStatus.WITHDRAWN;
        this.withdrawnAt = now;
        this.activeKey = activeKey + "|withdrawn|" + id;
        this.codeHash = null;
        if (wasCounted) {
            raise(new CommentWithdrawn(id, driveId, campaignId, supporterId, now));
        }
        return true;
    }

    /**
     * Gives way to the same person's draft that they just confirmed: this comment is withdrawn (announced,
     * since it counted) and remembers which one replaced it.
     */
    boolean supersede(String newerId, Instant now) {
        requireStatus(CommentStatus.CONFIRMED);
        this.supersededBy = newerId;
        return withdraw(now);
    }

    /**
     * Records a moderator's decision; deciding the same way again changes nothing.
     *
     * @return whether the decision changed
     */
    public boolean moderate(Moderation decision, RejectionReason reason, String note, String staffId, Instant now) {
        requireStatus(CommentStatus.CONFIRMED);
        if (decision == Moderation.PENDING) {
            throw new IllegalArgumentException("A decision approves or rejects");
        }
        RejectionReason effectiveReason = decision == Moderation.REJECTED ? reason : null;
        if (decision == moderation && effectiveReason == rejectionReason) {
            return false;
        }
        this.moderation = decision;
        this.rejectionReason = effectiveReason;
        this.moderationNote = note;
        this.moderatedBy = staffId;
        this.moderatedAt = now;
        raise(new CommentModerated(id, driveId, campaignId,
                decision == Moderation.APPROVED ? CommentModerated.Decision.APPROVED : CommentModerated.Decision.REJECTED,
                effectiveReason == null ? null : effectiveReason.name(), staffId == null, staffId, now));
        return true;
    }

    public void translate(String text) {
        this.translation = text;
    }

    /** Puts the comment in a group (its own id when it stands alone) for its current revision. */
    public void group(String key) {
        this.groupKey = key;
        this.groupedRevision = revision;
    }

    /** An organizer's grouping, which automatic regrouping leaves alone. */
    public void pinGroup(String key) {
        this.groupKey = key;
        this.groupedRevision = revision;
        this.groupPinned = true;
    }

    private void autoModerate(CommentDrive drive, Instant now) {
        if (drive.autoApprove() && flags.isEmpty()) {
            moderate(Moderation.APPROVED, null, null, null, now);
        }
    }

    private CommentSubmitted submitted(CommentDrive drive, Instant now) {
        return new CommentSubmitted(id, driveId, campaignId, supporterId, content.position(), content.community(),
                content.language(), content.wantsToSpeak(), interpretationLanguage(drive.meetingLanguage()),
                content.volunteerOptIn(), revision, now, shareSource);
    }

    private void requireStatus(CommentStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Comment " + id + " is " + status + ", not " + expected);
        }
    }

    private static Set<Flag> flagsOrNone(Set<Flag> flags) {
        return flags == null || flags.isEmpty() ? EnumSet.noneOf(Flag.class) : flags;
    }

    /** Whether the resident will need an interpreter to speak at this drive's meeting. */
    public String interpretationLanguage(String meetingLanguage) {
        return content.wantsToSpeak() && content.speakingLanguage() != null
                && !content.speakingLanguage().equals(meetingLanguage) ? content.speakingLanguage() : null;
    }

    public String id() {
        return id;
    }

    /** When the name, email and organization were erased, or null. */
    public Instant anonymizedAt() {
        return anonymizedAt;
    }

    public String driveId() {
        return driveId;
    }

    public String campaignId() {
        return campaignId;
    }

    public String supporterId() {
        return supporterId;
    }

    public String email() {
        return email;
    }

    /** The mobile number in E.164, or null. */
    public String phone() {
        return phone;
    }

    /** Whether they agreed to optional texts (the form's SMS box, with a number). */
    public boolean smsOptIn() {
        return smsOptIn;
    }

    /** Whether messages to the commenter go by text: they gave a mobile number and no email. */
    public boolean textOnly() {
        return email == null && phone != null;
    }

    public String locale() {
        return locale;
    }

    public CommentContent content() {
        return content;
    }

    public CommentStatus status() {
        return status;
    }

    public int revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant revisedAt() {
        return revisedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public int emailsSent() {
        return emailsSent;
    }

    public Moderation moderation() {
        return moderation;
    }

    public RejectionReason rejectionReason() {
        return rejectionReason;
    }

    public String moderationNote() {
        return moderationNote;
    }

    public String moderatedBy() {
        return moderatedBy;
    }

    public Set<Flag> flags() {
        return flags.isEmpty() ? Set.of() : EnumSet.copyOf(flags);
    }

    public String groupKey() {
        return groupKey;
    }

    public int groupedRevision() {
        return groupedRevision;
    }

    public boolean groupPinned() {
        return groupPinned;
    }

    public String translation() {
        return translation;
    }

    /** The comment of the same person that replaced this one when they confirmed it, or null. */
    public String supersededBy() {
        return supersededBy;
    }
}
