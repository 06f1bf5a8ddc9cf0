package org.plaza.comments.comment.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.plaza.comments.comment.CommentForm;
import org.plaza.comments.comment.CommentService;
import org.plaza.comments.comment.DriveClosedException;
import org.plaza.comments.comment.InvalidCommentException;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.DriveService;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.layout.LayoutAttributes;
import org.plaza.starter.layout.PageMeta;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.starter.share.ShareLinks;
import org.plaza.starter.share.ShareSources;
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

/** The drive pages residents read and comment on, in Spanish or English, without JavaScript. */
@Controller
class DrivePageController {

    private final DriveService drives;
    private final CommentService comments;
    private final Vocabulary vocabulary;
    private final MessageSource messages;
    private final Clock clock;
    private final PageMeta pageMeta;
    private final DraftViews draftViews;

    DrivePageController(DriveService drives, CommentService comments, Vocabulary vocabulary,
            MessageSource messages, Clock clock, PageMeta pageMeta, DraftViews draftViews) {
        this.pageMeta = pageMeta;
        this.draftViews = draftViews;
        this.drives = drives;
        this.comments = comments;
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder("form")
    void onlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(CommentForm.FIELDS);
    }

    @GetMapping("/comments")
    String index(Model model, Locale locale) {
        model.addAttribute("drives", drives.openNow().stream().map(drive -> DrivePage.of(drive, locale, clock.instant()))
                .toList());
        return "comments/index";
    }

    @GetMapping("/comments/drives/{driveId}")
    String page(@PathVariable String driveId, @RequestParam(name = ShareLinks.SOURCE, required = false) String src,
            Model model, Locale locale) {
        CommentForm form = new CommentForm();
        form.setSrc(ShareSources.code(src));
        form.setLanguage(locale.getLanguage());
        form.setSpeakingLanguage(locale.getLanguage());
        return render(drives.get(driveId), form, Map.of(), model, locale);
    }

    @PostMapping("/comments/drives/{driveId}")
    String submit(@PathVariable String driveId, @ModelAttribute("form") CommentForm form, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        CommentDrive drive = drives.get(driveId);
        try {
            CommentService.Submitted submitted = comments.submit(driveId, form, locale);
            if (submitted.commentId() == null) {
                return "redirect:/comments/drives/" + driveId + "/sent";
            }
            draftViews.grant(submitted.commentId(), request, response);
            return "redirect:" + DraftViews.codePage(submitted.commentId());
        } catch (InvalidCommentException invalid) {
            Map<String, String> errors = FormErrors.of(invalid.problems(), messages, locale);
            return FormAnswers.withErrors(response, render(drive, form, errors, model, locale));
        } catch (DriveClosedException closed) {
            model.addAttribute("closedMessage", messages.getMessage(closed.getMessageKey(), closed.getArguments(), locale));
            return FormAnswers.withStatus(response, HttpStatus.CONFLICT, render(drive, form, Map.of(), model, locale));
        }
    }

    @GetMapping("/comments/drives/{driveId}/sent")
    String sent(@PathVariable String driveId, Model model, Locale locale) {
        model.addAttribute("drive", DrivePage.of(drives.get(driveId), locale, clock.instant()));
        return "comments/sent";
    }

    private String render(CommentDrive drive, CommentForm form, Map<String, String> errors, Model model, Locale locale) {
        DrivePage page = DrivePage.of(drive, locale, clock.instant());
        model.addAttribute("drive", page);
        model.addAttribute(LayoutAttributes.DESCRIPTION, page.decision());
        model.addAttribute("share", ShareLinks.of(
                pageMeta.absolute(ResidentLinks.commentDrive(drive.id()) + "?lang=" + locale.getLanguage()),
                page.title(), page.title()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("communities", Vocabulary.codes(vocabulary.residentCommunities()));
        model.addAttribute("commentLanguages", Vocabulary.codes(vocabulary.siteLanguages()));
        model.addAttribute("speakingLanguages", Vocabulary.codes(vocabulary.languages()));
        return "comments/drive";
    }
}
