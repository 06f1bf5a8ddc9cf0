package org.plaza.comments.comment.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.plaza.comments.comment.Comment;
import org.plaza.comments.comment.CommentForm;
import org.plaza.comments.comment.CommentService;
import org.plaza.comments.comment.CommentStatus;
import org.plaza.comments.comment.DriveClosedException;
import org.plaza.comments.comment.InvalidCommentException;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.DriveService;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Confirmation by code, and the personal link: a page with a button to confirm (a link opened by a mail
 * scanner changes nothing), then the comment with its edit form and a withdraw button until the deadline.
 * Both show the draft's text before it is confirmed: the link to whoever holds it, the code page only to the
 * browser that sent the form ({@link DraftViews}), since its address holds no secret. Only the link, which reached the person's inbox, says
 * that confirming replaces a comment they confirmed earlier; the code page, which whoever sent the form
 * reaches, never tells whether the address has commented.
 */
@Controller
class ConfirmationPageController {

    private final CommentService comments;
    private final DriveService drives;
    private final Vocabulary vocabulary;
    private final MessageSource messages;
    private final Clock clock;
    private final DraftViews draftViews;

    ConfirmationPageController(CommentService comments, DriveService drives, Vocabulary vocabulary,
            MessageSource messages, Clock clock, DraftViews draftViews) {
        this.draftViews = draftViews;
        this.comments = comments;
        this.drives = drives;
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder("form")
    void onlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(CommentForm.FIELDS);
    }

    @GetMapping("/comments/confirm/{commentId}")
    String codePage(@PathVariable String commentId, Model model, Locale locale, HttpServletRequest request) {
        Comment comment = comments.get(commentId);
        model.addAttribute("commentId", comment.id());
        model.addAttribute("comment", comment);
        model.addAttribute("showDraft", draftViews.granted(comment.id(), request));
        model.addAttribute("drive", DrivePage.of(drives.get(comment.driveId()), locale, clock.instant()));
        model.addAttribute("outcome", comment.status() == CommentStatus.CONFIRMED ? "ALREADY_CONFIRMED" : null);
        return "comments/confirm-code";
    }

    @PostMapping("/comments/confirm/{commentId}")
    String confirmCode(@PathVariable String commentId, @RequestParam(defaultValue = "") String code, Model model,
            Locale locale, HttpServletRequest request, HttpServletResponse response) {
        Comment comment = comments.get(commentId);
        model.addAttribute("commentId", comment.id());
        model.addAttribute("comment", comment);
        model.addAttribute("showDraft", draftViews.granted(comment.id(), request));
        model.addAttribute("drive", DrivePage.of(drives.get(comment.driveId()), locale, clock.instant()));
        try {
            CommentService.Confirmation outcome = comments.confirmWithCode(commentId, code, locale);
            model.addAttribute("outcome", outcome.name());
            model.addAttribute("comment", comments.get(commentId));
            if (outcome == CommentService.Confirmation.WRONG_CODE || outcome == CommentService.Confirmation.LOCKED) {
                return FormAnswers.withErrors(response, "comments/confirm-code");
            }
            return refusedUnlessConfirmed(outcome, response, "comments/confirm-code");
        } catch (DriveClosedException closed) {
            model.addAttribute("closedMessage", message(closed, locale));
            return FormAnswers.refused(response, closed, "comments/confirm-code");
        }
    }

    @GetMapping("/comments/c/{token}")
    String personal(@PathVariable String token, Model model, Locale locale) {
        Comment comment = comments.byLink(token).orElseThrow(ConfirmationPageController::unknownLink);
        return render(token, comment, comment.status() == CommentStatus.CONFIRMED ? CommentForm.of(comment) : null,
                Map.of(), model, locale);
    }

    @PostMapping("/comments/c/{token}/confirm")
    String confirmLink(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        CommentService.Confirmation outcome = null;
        DriveClosedException refusal = null;
        try {
            outcome = comments.confirmWithLink(token, locale);
            model.addAttribute("outcome", outcome.name());
        } catch (DriveClosedException closed) {
            refusal = closed;
            model.addAttribute("closedMessage", message(closed, locale));
        }
        Comment comment = comments.byLink(token).orElseThrow(ConfirmationPageController::unknownLink);
        String page = render(token, comment, comment.status() == CommentStatus.CONFIRMED ? CommentForm.of(comment) : null,
                Map.of(), model, locale);
        return refusal != null ? FormAnswers.refused(response, refusal, page)
                : refusedUnlessConfirmed(outcome, response, page);
    }

    @PostMapping("/comments/c/{token}")
    String edit(@PathVariable String token, @ModelAttribute("form") CommentForm form, Model model, Locale locale,
            HttpServletResponse response) {
        Comment comment = comments.byLink(token).orElseThrow(ConfirmationPageController::unknownLink);
        try {
            boolean changed = comments.edit(token, form, locale);
            model.addAttribute("outcome", changed ? "EDITED" : "UNCHANGED");
            comment = comments.byLink(token).orElseThrow(ConfirmationPageController::unknownLink);
            return render(token, comment, CommentForm.of(comment), Map.of(), model, locale);
        } catch (InvalidCommentException invalid) {
            Map<String, String> errors = FormErrors.of(invalid.problems(), messages, locale);
            return FormAnswers.withErrors(response, render(token, comment, form, errors, model, locale));
        } catch (DriveClosedException closed) {
            model.addAttribute("closedMessage", message(closed, locale));
            return FormAnswers.withStatus(response, HttpStatus.CONFLICT,
                    render(token, comment, CommentForm.of(comment), Map.of(), model, locale));
        }
    }

    @PostMapping("/comments/c/{token}/withdraw")
    String withdraw(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        DriveClosedException refusal = null;
        try {
            comments.withdraw(token, locale);
            model.addAttribute("outcome", "WITHDRAWN");
        } catch (DriveClosedException closed) {
            refusal = closed;
            model.addAttribute("closedMessage", message(closed, locale));
        }
        Comment comment = comments.byLink(token).orElseThrow(ConfirmationPageController::unknownLink);
        String page = render(token, comment, null, Map.of(), model, locale);
        return refusal == null ? page : FormAnswers.refused(response, refusal, page);
    }

    /** The page as it is for a confirmation; a comment already confirmed or withdrawn meanwhile is a conflict (409). */
    private static String refusedUnlessConfirmed(CommentService.Confirmation outcome, HttpServletResponse response,
            String page) {
        return outcome == CommentService.Confirmation.CONFIRMED ? page
                : FormAnswers.withStatus(response, HttpStatus.CONFLICT, page);
    }

    private String render(String token, Comment comment, CommentForm form, Map<String, String> errors, Model model,
            Locale locale) {
        CommentDrive drive = drives.get(comment.driveId());
        DrivePage page = DrivePage.of(drive, locale, clock.instant());
        model.addAttribute("token", token);
        model.addAttribute("comment", comment);
        model.addAttribute("drive", page);
        model.addAttribute("form", Optional.ofNullable(form).orElseGet(() -> CommentForm.of(comment)));
        model.addAttribute("editable", page.open() && comment.status() == CommentStatus.CONFIRMED);
        model.addAttribute("replacesConfirmed", comment.status() == CommentStatus.PENDING_CONFIRMATION
                && comments.liveOther(comment).isPresent());
        model.addAttribute("errors", errors);
        model.addAttribute("communities", Vocabulary.codes(vocabulary.residentCommunities()));
        model.addAttribute("commentLanguages", Vocabulary.codes(vocabulary.siteLanguages()));
        model.addAttribute("speakingLanguages", Vocabulary.codes(vocabulary.languages()));
        return "comments/personal";
    }

    private String message(PlazaProblem problem, Locale locale) {
        return messages.getMessage(problem.getMessageKey(), problem.getArguments(), locale);
    }

    private static PlazaProblem unknownLink() {
        return PlazaProblem.notFound("link-not-found", "comments.problem.link-not-found");
    }
}
