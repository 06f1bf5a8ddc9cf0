package org.plaza.comments.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.plaza.comments.config.BaseUrls;
import org.plaza.comments.config.CommentsSettings;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.DriveService;
import org.plaza.comments.notification.NotificationRequests;
import org.plaza.comments.screening.Flag;
import org.plaza.comments.screening.TextScreening;
import org.plaza.comments.support.DateTexts;
import org.plaza.comments.support.Secrets;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.id.Ids;
import org.plaza.starter.invitation.VolunteerInvitation;
import org.plaza.starter.invitation.VolunteerInvitations;
import org.plaza.starter.mongo.Retries;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.share.ShareSources;
import org.plaza.starter.supporter.SupporterIds;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * A resident's side of a drive: submit (which emails a code and a personal link), confirm (which hands the
 * resident's details to the supporters service, once per comment), edit and withdraw. Everything is refused from the drive's deadline on, with the same clock that closes it.
 */
@Service
public class CommentService {

    private final Comments comments;
    private final DriveService drives;
    private final CommentRules rules;
    private final TextScreening screening;
    private final SupporterIds supporterIds;
    private final PhoneNumbers phones;
    private final CommentsSettings settings;
    private final BaseUrls urls;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final VolunteerInvitations invitations;
    private final CommenterContact contact;
    private final Clock clock;

    CommentService(Comments comments, DriveService drives, CommentRules rules, TextScreening screening,
            SupporterIds supporterIds, PhoneNumbers phones, CommentsSettings settings, BaseUrls urls, ApplicationEventPublisher events,
            MeterRegistry meters, VolunteerInvitations invitations, CommenterContact contact, Clock clock) {
        this.comments = comments;
        this.drives = drives;
        this.rules = rules;
        this.screening = screening;
        this.supporterIds = supporterIds;
        this.phones = phones;
        this.settings = settings;
        this.urls = urls;
        this.events = events;
        this.meters = meters;
        this.invitations = invitations;
        this.contact = contact;
        this.clock = clock;
    }

    /**
     * What became of a submission: the new draft's id, or null when the honeypot caught a bot. A known and a
     * new address get the same answer (a new draft), so the form tells nobody who has commented.
     */
    public record Submitted(String commentId) {
    }

    /** What a confirmation attempt did. */
    public enum Confirmation {
        CONFIRMED, ALREADY_CONFIRMED, WRONG_CODE, LOCKED, WITHDRAWN
    }

    public Submitted submit(String driveId, CommentForm form, Locale locale) {
        CommentDrive drive = drives.get(driveId);
        Instant now = clock.instant();
        requireOpen(drive, now, locale, "submission");
        CommentRules.Checked checked;
        try {
            checked = rules.check(form, drive);
        } catch (InvalidCommentException invalid) {
            count("submissions", "invalid");
            throw invalid;
        }
        if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
            count("submissions", "honeypot");
            return new Submitted(null);
        }
        String supporterId = checked.email() != null ? supporterIds.supporterId(checked.email())
                : supporterIds.supporterId(phones.canonical(checked.phone()));
        var flags = screening.flags(checked.content().text(), checked.content().organization());
        String draftId = Retries.onConflictOrDuplicateKey(5,
                () -> saveDraft(drive, form, checked, supporterId, flags, locale, now));
        count("submissions", "accepted");
        return new Submitted(draftId);
    }

    /**
     * Saves a new draft with its code email. Nothing else is asked about the person's earlier drafts: the "comments
     * close soon" reminder is asked for when it is due, for the drafts nobody confirmed ({@link ClosingSoonReminders}).
     */
    private String saveDraft(CommentDrive drive, CommentForm form, CommentRules.Checked checked, String supporterId,
            Set<Flag> flags, Locale locale, Instant now) {
        Comment draft = Comment.submit(Ids.next("cmt", now), drive, supporterId, checked.email(), checked.phone(),
                form.isSmsOptIn(), language(locale), checked.content(), flags, now);
        draft.cameThrough(ShareSources.of(form.getSrc()));
        String token = Secrets.token();
        String code = Secrets.code();
        draft.requestConfirmation(token, code, email(draft, drive, token, code, now));
        comments.save(draft);
        return draft.id();
    }

    public Comment get(String commentId) {
        return comments.findById(commentId)
                .orElseThrow(() -> PlazaProblem.notFound("comment-not-found", "comments.problem.comment-not-found"));
    }

    public Optional<Comment> byLink(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return comments.findByLinkTokenHash(Secrets.sha256(token));
    }

    public Confirmation confirmWithCode(String commentId, String code, Locale locale) {
        String typed = code == null ? "" : code.strip();
        return Retries.onConflictOrDuplicateKey(5, () -> {
            Comment comment = get(commentId);
            CommentDrive drive = drives.get(comment.driveId());
            Comment.CodeCheck check = comment.checkCode(typed, Math.max(1, settings.codeAttempts()));
            switch (check) {
                case ALREADY_CONFIRMED:
                    return counted(Confirmation.ALREADY_CONFIRMED);
                case NOT_PENDING:
                    return counted(Confirmation.WITHDRAWN);
                case WRONG:
                case LOCKED:
                    comments.save(comment);
                    return counted(check == Comment.CodeCheck.WRONG ? Confirmation.WRONG_CODE : Confirmation.LOCKED);
                default:
                    return confirm(comment, drive, locale);
            }
        });
    }

    public Confirmation confirmWithLink(String token, Locale locale) {
        return Retries.onConflictOrDuplicateKey(5, () -> {
            Comment comment = byLink(token).orElseThrow(CommentService::unknownLink);
            if (comment.status() == CommentStatus.WITHDRAWN) {
                return counted(Confirmation.WITHDRAWN);
            }
            if (comment.status() == CommentStatus.CONFIRMED) {
                return counted(Confirmation.ALREADY_CONFIRMED);
            }
            return confirm(comment, drives.get(comment.driveId()), locale);
        });
    }

    /**
     * Confirms a draft. When the person already has a confirmed comment on the drive, its key refuses this one's save:
     * that comment is superseded then (withdrawn, which frees its key) and the confirmation runs again, so the draft
     * they confirmed now is the one that counts. Nothing is read for the common case, a first comment.
     */
    private Confirmation confirm(Comment comment, CommentDrive drive, Locale locale) {
        Instant now = clock.instant();
        requireOpen(drive, now, locale, "confirmation");
        if (comment.confirm(drive, now)) {
            if (comment.content().volunteerOptIn()) {
                comment.requestInvitation(invitation(comment, now));
            }
            comment.handOver(contact.shared(comment, now));
        }
        try {
            comments.save(comment);
        } catch (DuplicateKeyException keyTaken) {
            supersedeLiveOther(comment, now);
            throw keyTaken;
        }
        events.publishEvent(new CommentChanged(comment, drive));
        return counted(Confirmation.CONFIRMED);
    }

    private void supersedeLiveOther(Comment draft, Instant now) {
        liveOther(draft).filter(live -> live.supersede(draft.id(), now)).ifPresent(live -> {
            comments.save(live);
            count("withdrawals", "superseded");
        });
    }

    /** The same person's confirmed comment on the draft's drive, when it is not this one. */
    public Optional<Comment> liveOther(Comment draft) {
        return comments.findByActiveKey(Comment.activeKey(draft.driveId(), draft.supporterId()))
                .filter(live -> !live.id().equals(draft.id()));
    }

    /** Replaces a confirmed comment through its personal link; false when nothing changed. */
    public boolean edit(String token, CommentForm form, Locale locale) {
        return Retries.onConflictOrDuplicateKey(5, () -> {
            Comment comment = byLink(token).orElseThrow(CommentService::unknownLink);
            CommentDrive drive = drives.get(comment.driveId());
            requireOpen(drive, clock.instant(), locale, "edit");
            if (comment.status() != CommentStatus.CONFIRMED) {
                throw PlazaProblem.conflict("comment-not-editable", "comments.problem.not-editable");
            }
            form.setEmail(comment.email());
            form.setPhone(comment.phone());
            CommentRules.Checked checked = rules.check(form, drive);
            boolean changed = comment.edit(drive, checked.content(),
                    screening.flags(checked.content().text(), checked.content().organization()), clock.instant());
            if (changed) {
                comments.save(comment);
                events.publishEvent(new CommentChanged(comment, drive));
                count("edits", "edited");
            }
            return changed;
        });
    }

    public void withdraw(String token, Locale locale) {
        Retries.onConflictOrDuplicateKey(5, () -> {
            Comment comment = byLink(token).orElseThrow(CommentService::unknownLink);
            requireOpen(drives.get(comment.driveId()), clock.instant(), locale, "withdrawal");
            if (comment.withdraw(clock.instant())) {
                comments.save(comment);
                count("withdrawals", "withdrawn");
            }
            return null;
        });
    }

    /**
     * The email with the draft's code and personal link (which confirms with a button, then lets the resident
     * edit or withdraw), and the text they are asked to confirm, so a draft someone else sent with their
     * address is recognised before it is confirmed.
     */
    private NotificationRequested email(Comment comment, CommentDrive drive, String token, String code, Instant now) {
        Locale locale = Locale.forLanguageTag(comment.locale());
        String link = urls.publicBase() + "/comments/c/" + token + "?lang=" + comment.locale();
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("itemTitle", drive.content().title(comment.locale()));
        parameters.put("publicBody", drive.bodyName());
        parameters.put("code", code);
        parameters.put("confirmUrl", link);
        parameters.put("manageUrl", link);
        parameters.put("deadline", DateTexts.dateTime(drive.commentDeadline(), drive.zone(), locale));
        parameters.put("commentText", comment.content().text());
        return NotificationRequests.confirmation(comment.id(), comment.emailsSent() + 1, comment.locale(),
                recipient(comment), parameters, drive.campaignId(), comment.supporterId(),
                List.of(comment.id(), drive.id()), now);
    }

    /**
     * The invitation to volunteer for a resident who ticked it: outreach's sign-up form behind a signed link,
     * with the request id petitions uses too, so a person is invited once per campaign.
     */
    private NotificationRequested invitation(Comment comment, Instant now) {
        VolunteerInvitation invitation = invitations.invite(comment.supporterId(), comment.campaignId(),
                comment.content().community(), comment.locale(), VolunteerInvitations.COMMENT_LEAD, comment.id());
        return NotificationRequests.invitation(VolunteerInvitations.requestId(comment.supporterId(),
                comment.campaignId()), comment.locale(), recipient(comment),
                Map.of("signupUrl", invitations.signupUrl(urls.publicBase(), invitation)), comment.campaignId(),
                comment.supporterId(), List.of(comment.id(), comment.driveId()), now);
    }

    /** Where the commenter's messages go: their email, or by text to the number they gave instead. */
    static NotificationRequests.Recipient recipient(Comment comment) {
        return new NotificationRequests.Recipient(comment.email(), comment.textOnly() ? comment.phone() : null,
                comment.content().name());
    }

    private void requireOpen(CommentDrive drive, Instant now, Locale locale, String action) {
        if (!drive.acceptsCommentsAt(now)) {
            count("late", action);
            throw new DriveClosedException(DateTexts.dateTime(drive.cutoff(), drive.zone(), locale));
        }
    }

    private static PlazaProblem unknownLink() {
        return PlazaProblem.notFound("link-not-found", "comments.problem.link-not-found");
    }

    private static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "es";
    }

    private Confirmation counted(Confirmation outcome) {
        count("confirmations", outcome.name().toLowerCase(Locale.ROOT));
        return outcome;
    }

    private void count(String what, String outcome) {
        meters.counter("plaza.comments." + what, "outcome", outcome).increment();
    }
}
