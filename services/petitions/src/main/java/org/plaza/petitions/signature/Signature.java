package org.plaza.petitions.signature;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.plaza.events.identity.StaffActionAudited;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.petitions.tally.Channels;
import org.plaza.petitions.tally.Contribution;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's signature on one petition. It is pending until its email is confirmed, counts only when
 * it is confirmed, not invalidated and not flagged, and announces {@link SignatureVerified} (keyed by
 * its id) the first time it counts. Its confirmation, once, hands the signer's details and consents to the
 * supporters service ({@code SupporterContactShared}, in the same write); nothing is handed over before. The unique index on (petition, supporterId) is the one-per-person
 * rule: the supporterId is the keyed hash of the canonical email, or of the mobile number in E.164 for a signer who
 * gave no email; a signature that gave a number is found by it too (the index on the signer's phone). A signature
 * typed in by staff from a paper sheet or a canvass ({@link #fromPaper}) counts at once, carries its
 * {@link PaperEntry provenance} and its channel.
 */
@Document("signatures")
@CompoundIndex(name = "one_per_person", def = "{'petitionId': 1, 'supporterId': 1}", unique = true)
@CompoundIndex(name = "by_phone", def = "{'petitionId': 1, 'signer.phone': 1}")
public class Signature extends OutboxAggregate {

    static final int KEPT_CREDENTIALS = 3;
    static final String CHANNEL_WEB = Channels.WEB;

    @Id
    private String id;
    private String petitionId;
    private String campaignId;
    private String slug;
    private String supporterId;
    private Signer signer;
    private String community;
    private String language;
    private boolean updatesOptIn;
    private boolean volunteerOptIn;
    private boolean smsOptIn;
    private String channel;
    /** Which share brought the signer (WHATSAPP … FLYER, OTHER), null for none. */
    private String shareSource;
    private SignatureStatus status;
    private Instant submittedAt;
    private Instant verifiedAt;
    private List<Credential> credentials = new ArrayList<>();
    private int wrongCodes;
    private Sends sends = Sends.NONE;
    private Flag flag;
    private Invalidation invalidation;
    private boolean announced;
    private CommentModeration commentModeration;
    private List<String> updatesSent = new ArrayList<>();
    private Instant anonymizedAt;
    private PaperEntry paper;

    private Signature() {
    }

    /**
     * A signature staff typed in from a paper sheet or a canvass ({@code channel} {@code PAPER_FORM} or
     * {@code CANVASS}): confirmed by the sheet, so it counts and is announced at once. The signer's details go to
     * the supporters service ({@code handOver}) only when the row records their consent; an entry made one by one
     * (not part of an import) is audited as {@code ENTER_PAPER} by the staff member who typed it.
     */
    public static Signature fromPaper(String id, SigningPetition petition, String supporterId, Signer signer,
            String community, String language, boolean consented, String channel, PaperEntry entry, Instant now,
            Function<Signature, SupporterContactShared> handOver) {
        if (!Channels.PAPER_FORM.equals(channel) && !Channels.CANVASS.equals(channel)) {
            throw new IllegalArgumentException("Not a paper channel: " + channel);
        }
        Signature signature = start(id, petition, supporterId, signer, community, language, consented, channel, now);
        signature.paper = entry;
        signature.status = SignatureStatus.VERIFIED;
        signature.verifiedAt = now;
        signature.announceIfCounting(now);
        if (consented && (signer.email() != null || entry.phone() != null)) {
            signature.raise(handOver.apply(signature));
        }
        if (entry.importId() == null) {
            signature.raise(new StaffActionAudited(entry.enteredBy(), "ENTER_PAPER", "SIGNATURE", id,
                    petition.campaignId(), "petitions", now));
        }
        return signature;
    }

    /** A new pending signature; raises the first verification email. */
    static Signature submit(String id, SigningPetition petition, String supporterId, Signer signer, String community,
            String language, boolean updatesOptIn, boolean volunteerOptIn, boolean smsOptIn, FlagReason flagReason,
            Instant now, Duration ttl, Mailer mailer) {
        Signature signature = start(id, petition, supporterId, signer, community, language, updatesOptIn, CHANNEL_WEB,
                now);
        signature.volunteerOptIn = volunteerOptIn;
        signature.smsOptIn = smsOptIn;
        signature.status = SignatureStatus.PENDING;
        signature.flag = flagReason == null ? null : new Flag(flagReason, now);
        signature.sendVerification(now, ttl, mailer);
        return signature;
    }

    private static Signature start(String id, SigningPetition petition, String supporterId, Signer signer,
            String community, String language, boolean updatesOptIn, String channel, Instant now) {
        Signature signature = new Signature();
        signature.id = id;
        signature.petitionId = petition.id();
        signature.campaignId = petition.campaignId();
        signature.slug = petition.slug();
        signature.supporterId = supporterId;
        signature.signer = signer;
        signature.community = community;
        signature.language = language;
        signature.updatesOptIn = updatesOptIn;
        signature.channel = channel;
        signature.submittedAt = now;
        return signature;
    }

    /** Remembers which share brought the signer, an allow-listed code ({@code ShareSources.of}) or null. */
    void cameThrough(String shareSource) {
        this.shareSource = shareSource;
    }

    /**
     * Someone signed again with this address, or asked for the email again: send the verification again
     * (pending) or say it is already confirmed (in {@code language}, the language of that request), within the
     * same resend limits, so neither can be used to flood an address or a number.
     */
    Sends.Verdict requestAgain(Instant now, Duration ttl, Duration minInterval, int maxPerDay, String language,
            Mailer mailer) {
        Sends.Verdict verdict = sends.check(now, minInterval, maxPerDay);
        if (verdict != Sends.Verdict.SEND || anonymizedAt != null) {
            return verdict;
        }
        if (status == SignatureStatus.PENDING) {
            sendVerification(now, ttl, mailer);
        } else {
            sends = sends.sent(now);
            mailer.alreadyConfirmed(this, sends.total(), language).ifPresent(this::raise);
        }
        return verdict;
    }

    private void sendVerification(Instant now, Duration ttl, Mailer mailer) {
        Credential.Issued issued = Credential.issue(id, now, ttl);
        credentials.add(issued.stored());
        while (credentials.size() > KEPT_CREDENTIALS) {
            credentials.remove(0);
        }
        wrongCodes = 0;
        sends = sends.sent(now);
        raise(mailer.verification(this, issued, sends.total()));
    }

    /** Confirms with the secret of an emailed link. */
    Confirmation confirmWithSecret(String secret, Instant now, Mailer mailer) {
        Credential match = credentials.stream().filter(c -> c.matchesSecret(id, secret)).findFirst().orElse(null);
        return confirm(match, now, mailer);
    }

    /** Confirms with an emailed code; wrong codes count towards a lock. */
    Confirmation confirmWithCode(String code, Instant now, int maxWrongCodes, Mailer mailer) {
        if (wrongCodes >= maxWrongCodes) {
            return Confirmation.LOCKED;
        }
        Credential match = credentials.stream().filter(c -> c.matchesCode(id, code)).findFirst().orElse(null);
        if (match == null) {
            wrongCodes++;
            return Confirmation.INVALID;
        }
        return confirm(match, now, mailer);
    }

    private Confirmation confirm(Credential credential, Instant now, Mailer mailer) {
        if (credential == null) {
            return Confirmation.INVALID;
        }
        if (status == SignatureStatus.VERIFIED) {
            return Confirmation.ALREADY_CONFIRMED;
        }
        if (credential.expired(now)) {
            return Confirmation.EXPIRED;
        }
        status = SignatureStatus.VERIFIED;
        verifiedAt = now;
        announceIfCounting(now);
        mailer.volunteerInvitation(this).ifPresent(this::raise);
        if (anonymizedAt == null && signer != null && (signer.email() != null || signer.phone() != null)) {
            raise(mailer.contactShared(this));
        }
        return Confirmation.CONFIRMED;
    }

    /** Takes the signature out of the counts as part of a staff invalidation; false if it already was. */
    public boolean invalidate(String batchId, String criterion, Instant now) {
        if (invalidation != null) {
            return false;
        }
        invalidation = new Invalidation(batchId, criterion, now);
        return true;
    }

    /**
     * Reverses the invalidation {@code batchId}. Returns whether consumers had already been told the
     * signature counted (so a SignaturesRestored names it); otherwise announces it now if it counts.
     */
    public Restoration restore(String batchId, Instant now) {
        if (invalidation == null || !invalidation.batchId().equals(batchId)) {
            return Restoration.NOT_IN_BATCH;
        }
        invalidation = null;
        if (announced) {
            return Restoration.RESTORED_ANNOUNCED;
        }
        announceIfCounting(now);
        return Restoration.RESTORED;
    }

    /** Clears a fraud flag after review; the signature counts (and is announced) if it is confirmed. */
    public boolean clearFlag(String staffId, Instant now) {
        if (flag == null) {
            return false;
        }
        flag = null;
        announceIfCounting(now);
        raise(new StaffActionAudited(staffId, "CLEAR_FRAUD_FLAG", "SIGNATURE", id, campaignId, "petitions", now));
        return true;
    }

    public boolean hideComment(String reason, String staffId, Instant now) {
        if (!hasComment() || commentModeration != null) {
            return false;
        }
        commentModeration = new CommentModeration(reason, staffId, now);
        raise(new StaffActionAudited(staffId, "MODERATE", "COMMENT", id, campaignId, "petitions", now));
        return true;
    }

    public boolean restoreComment(String staffId, Instant now) {
        if (commentModeration == null) {
            return false;
        }
        commentModeration = null;
        raise(new StaffActionAudited(staffId, "RESTORE", "COMMENT", id, campaignId, "petitions", now));
        return true;
    }

    /** Sends one update about the petition, once per update key. */
    public boolean sendUpdate(String updateKey, NotificationRequested request) {
        if (updatesSent.contains(updateKey) || anonymizedAt != null) {
            return false;
        }
        updatesSent.add(updateKey);
        raise(request);
        return true;
    }

    private void announceIfCounting(Instant now) {
        if (counts() && !announced) {
            announced = true;
            raise(new SignatureVerified(id, petitionId, campaignId, supporterId, community, language, updatesOptIn,
                    volunteerOptIn, channel, verifiedAt != null ? verifiedAt : now, shareSource));
        }
    }

    /** Confirmed, not invalidated, not flagged. */
    public boolean counts() {
        return status == SignatureStatus.VERIFIED && isValid();
    }

    /** Not invalidated and not flagged (it counts towards the total). */
    public boolean isValid() {
        return invalidation == null && flag == null;
    }

    public Contribution contribution() {
        return new Contribution(isValid() ? 1 : 0, counts() ? 1 : 0, community, channel == null ? CHANNEL_WEB : channel);
    }

    public boolean hasComment() {
        return signer != null && signer.comment() != null && !signer.comment().isBlank();
    }

    public String id() {
        return id;
    }

    public String petitionId() {
        return petitionId;
    }

    public String campaignId() {
        return campaignId;
    }

    public String slug() {
        return slug;
    }

    public String supporterId() {
        return supporterId;
    }

    public Signer signer() {
        return signer;
    }

    public String community() {
        return community;
    }

    public String language() {
        return language;
    }

    public boolean updatesOptIn() {
        return updatesOptIn;
    }

    public boolean volunteerOptIn() {
        return volunteerOptIn;
    }

    /** Whether news about the petition can go to the signer: by email as they asked, or by text as they asked. */
    public boolean wantsUpdates() {
        return updatesByEmail() || (smsOptIn && signer != null && signer.phone() != null);
    }

    /** Whether news goes by email: they asked for it by email and gave an address. */
    public boolean updatesByEmail() {
        return updatesOptIn && signer != null && signer.email() != null;
    }

    /** Whether the signer ticked the form's own box for news by text (only offered with a mobile number). */
    public boolean smsOptIn() {
        return smsOptIn;
    }

    public SignatureStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public boolean flagged() {
        return flag != null;
    }

    public FlagReason flagReason() {
        return flag == null ? null : flag.reason();
    }

    public String invalidationBatch() {
        return invalidation == null ? null : invalidation.batchId();
    }

    public boolean announced() {
        return announced;
    }

    public boolean commentHidden() {
        return commentModeration != null;
    }

    public String commentHiddenReason() {
        return commentModeration == null ? null : commentModeration.reason();
    }

    public Instant anonymizedAt() {
        return anonymizedAt;
    }

    /** {@code WEB}, {@code PAPER_FORM} or {@code CANVASS}. */
    public String channel() {
        return channel == null ? CHANNEL_WEB : channel;
    }

    /** Where a signature typed in from paper came from; null for a signature made on the web. */
    public PaperEntry paper() {
        return paper;
    }

    /** The outcome of a confirmation attempt. */
    enum Confirmation {
        CONFIRMED, ALREADY_CONFIRMED, INVALID, EXPIRED, LOCKED
    }

    /** The outcome of restoring one signature. */
    public enum Restoration {
        RESTORED, RESTORED_ANNOUNCED, NOT_IN_BATCH
    }
}
