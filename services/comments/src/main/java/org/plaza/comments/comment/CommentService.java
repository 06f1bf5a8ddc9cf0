package org.plaza.comments.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.plaza.comments.config.BaseUrls;
import org.plaza.comments.config.CommentsSettings;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.DriveService;
import org.plaza.comments.notification.NotificationRequests;
import org.plaza.comments.screening.TextScreening;
import org.plaza.comments.support.DateTexts;
import org.plaza.comments.support.Ids;
import org.plaza.comments.support.Secrets;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.invitation.VolunteerInvitation;
import org.plaza.starter.invitation.VolunteerInvitations;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.supporter.SupporterIds;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * A resident's side of a drive: submit (which emails a code and a personal link), confirm, edit and
 * withdraw. Everything is refused from the drive's deadline on, with the same clock that closes it.
 */
@Service
public class CommentService {

    /** At most this many emails per comment, so the form cannot be used to flood someone's inbox. */
    static final int MAX_EMAILS = 5;

    private final Comments comments;
    private final DriveService drives;
    private final CommentRules rules;
    private final TextScreening screening;
    private final SupporterIds supporterIds;
    private final CommentsSettings settings;
    private final BaseUrls urls;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final VolunteerInvitations invitations;
    private final Clock clock;

    CommentService(Comments comments, DriveService drives, CommentRules rules, TextScreening screening,
            SupporterIds supporterIds, CommentsSettings settings, BaseUrls urls, ApplicationEventPublisher events,
            MeterRegistry meters, VolunteerInvitations invitations, Clock clock) {
        this.comments = comments;
        this.drives = drives;
        this.rules = rules;
        this.screening = screening;
        this.supporterIds = supporterIds;
        this.settings = settings;
        this.urls = urls;
        this.events = events;
        this.meters = meters;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** What became of a submission; the resident sees the same "check your email" either way. */
    public record Submitted(String commentId, Kind kind) {
        public enum Kind {
            CONFIRMATION_SENT, LINK_SENT, NOT_SENT
        }
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
            return new Submitted(null, Submitted.Kind.NOT_SENT);
        }
        String supporterId = supporterIds.supporterId(checked.email());
        String language = language(locale);
        for (int attempt = 0;; attempt++) {
            try {
                return submitOnce(drive, checked, supporterId, language, now);
            } catch (DuplicateKeyException | OptimisticLockingFailureException raced) {
                if (attempt >= 2) {
                    throw raced;
                }
            }
        }
    }

    private Submitted submitOnce(CommentDrive drive, CommentRules.Checked checked, String supporterId, String language,
            Instant now) {
        Optional<Comment> existing = comments.findByActiveKey(Comment.activeKey(drive.id(), supporterId));
        var flags = screening.flags(checked.content().text(), checked.content().organization());
        Comment comment;
        Submitted.Kind kind;
        if (existing.isEmpty()) {
            comment = Comment.submit(Ids.next("cmt", now), drive, supporterId, checked.email(), language,
                    checked.content(), flags, now);
            kind = Submitted.Kind.CONFIRMATION_SENT;
        } else if (existing.get().status() == CommentStatus.PENDING_CONFIRMATION) {
            comment = existing.get();
            comment.replacePending(checked.email(), language, checked.content(), flags);
            kind = Submitted.Kind.CONFIRMATION_SENT;
        } else {
            comment = existing.get();
            comment.speaks(language);
            kind = Submitted.Kind.LINK_SENT;
        }
        if (comment.emailsSent() >= MAX_EMAILS) {
            comments.save(comment);
            count("submissions", "email-limit");
            return new Submitted(comment.id(), Submitted.Kind.NOT_SENT);
        }
        String token = Secrets.token();
        String code = Secrets.code();
        comment.sendLink(token, code, email(comment, drive, token, code, now));
        if (existing.isEmpty()) {
            closingSoon(comment, drive, now).ifPresent(comment::requestReminder);
        }
        comments.save(comment);
        count("submissions", kind == Submitted.Kind.CONFIRMATION_SENT ? "accepted" : "link-resent");
        return new Submitted(comment.id(), kind);
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
        return retrying(() -> {
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
        return retrying(() -> {
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

    private Confirmation confirm(Comment comment, CommentDrive drive, Locale locale) {
        Instant now = clock.instant();
        requireOpen(drive, now, locale, "confirmation");
        if (comment.confirm(drive, now) && comment.content().volunteerOptIn()) {
            comment.requestInvitation(invitation(comment, now));
        }
        comments.save(comment);
        events.publishEvent(new CommentChanged(comment.id()));
        return counted(Confirmation.CONFIRMED);
    }

    /** Replaces a confirmed comment through its personal link; false when nothing changed. */
    public boolean edit(String token, CommentForm form, Locale locale) {
        return retrying(() -> {
            Comment comment = byLink(token).orElseThrow(CommentService::unknownLink);
            CommentDrive drive = drives.get(comment.driveId());
            requireOpen(drive, clock.instant(), locale, "edit");
            if (comment.status() != CommentStatus.CONFIRMED) {
                throw PlazaProblem.conflict("comment-not-editable", "comments.problem.not-editable");
            }
            form.setEmail(comment.email());
            CommentRules.Checked checked = rules.check(form, drive);
            boolean changed = comment.edit(drive, checked.content(),
                    screening.flags(checked.content().text(), checked.content().organization()), clock.instant());
            if (changed) {
                comments.save(comment);
                events.publishEvent(new CommentChanged(comment.id()));
                count("edits", "edited");
            }
            return changed;
        });
    }

    public void withdraw(String token, Locale locale) {
        retrying(() -> {
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
     * The email with the code and the personal link (which confirms with a button, then lets the resident
     * edit or withdraw). A resident who sends the form again after confirming gets the same email: the code
     * then only says "already confirmed", and the link opens their comment.
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
        return NotificationRequests.confirmation(comment.id(), comment.emailsSent() + 1, comment.locale(),
                comment.email(), comment.content().name(), parameters, drive.campaignId(), comment.supporterId(),
                List.of(comment.id(), drive.id()), now);
    }

    /**
     * The "comments close soon" email for a resident's first comment on a drive, scheduled
     * {@code closing-soon-before} the deadline (none when that moment has passed). One per person and drive
     * (its request id). Its related ids are the comment's and the drive's, as the notifications catalogue
     * says, so the notifications service voids it once it is not needed: when the comment is confirmed
     * ({@code CommentSubmitted}) or withdrawn ({@code CommentWithdrawn}), or the drive closes early
     * ({@code CommentDriveClosed}).
     */
    private Optional<NotificationRequested> closingSoon(Comment comment, CommentDrive drive, Instant now) {
        Instant sendAt = drive.commentDeadline().minus(settings.closingSoonBefore());
        if (!sendAt.isAfter(now)) {
            return Optional.empty();
        }
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("itemTitle", drive.content().title(comment.locale()));
        parameters.put("publicBody", drive.bodyName());
        parameters.put("deadline", DateTexts.dateTime(drive.commentDeadline(), drive.zone(),
                Locale.forLanguageTag(comment.locale())));
        parameters.put("driveUrl", urls.publicBase() + "/comments/drives/" + drive.id() + "?lang=" + comment.locale());
        return Optional.of(NotificationRequests.closingSoon(drive.id(), comment.supporterId(), comment.locale(),
                comment.email(), comment.content().name(), parameters, drive.campaignId(),
                List.of(comment.id(), drive.id()), sendAt, now));
    }

    /**
     * The invitation to volunteer for a resident who ticked it: outreach's sign-up form behind a signed link,
     * with the request id petitions uses too, so a person is invited once per campaign.
     */
    private NotificationRequested invitation(Comment comment, Instant now) {
        VolunteerInvitation invitation = invitations.invite(comment.supporterId(), comment.campaignId(),
                comment.content().community(), comment.locale(), VolunteerInvitations.COMMENT_LEAD, comment.id());
        return NotificationRequests.invitation(VolunteerInvitations.requestId(comment.supporterId(),
                comment.campaignId()), comment.locale(), comment.email(), comment.content().name(),
                Map.of("signupUrl", invitations.signupUrl(urls.publicBase(), invitation)), comment.campaignId(),
                comment.supporterId(), List.of(comment.id(), comment.driveId()), now);
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

    private static <T> T retrying(Supplier<T> work) {
        for (int attempt = 0;; attempt++) {
            try {
                return work.get();
            } catch (OptimisticLockingFailureException raced) {
                if (attempt >= 4) {
                    throw raced;
                }
            }
        }
    }
}
