package org.plaza.comments.moderation;

import java.util.List;
import java.util.Locale;

import org.plaza.comments.comment.Moderation;
import org.plaza.comments.comment.RejectionReason;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.DriveService;
import org.plaza.comments.screening.Flag;
import org.plaza.comments.staff.StaffPages;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The moderation queue as a page: approve or reject one comment (a reason is required to reject) or the
 * ticked ones at once, approve everything unflagged, and give a translation. A refusal is shown next to
 * the form it came from.
 */
@Controller
@RequestMapping("/staff/comments/drives/{driveId}/moderation")
class ModerationPages {

    static final String BULK = "bulk";

    private final ModerationService moderation;
    private final DriveService drives;
    private final StaffPages pages;

    ModerationPages(ModerationService moderation, DriveService drives, StaffPages pages) {
        this.moderation = moderation;
        this.drives = drives;
        this.pages = pages;
    }

    @GetMapping
    String queue(@PathVariable String driveId, @RequestParam(defaultValue = "PENDING") Moderation state,
            @RequestParam(required = false) Flag flag, @RequestParam(defaultValue = "0") int page, Model model) {
        return render(driveId, state, flag, page, model);
    }

    @PostMapping
    String decide(@PathVariable String driveId, @RequestParam(required = false) List<String> commentIds,
            @RequestParam(required = false) Moderation decision, @RequestParam(required = false) RejectionReason reason,
            @RequestParam(required = false) String note, @RequestParam(defaultValue = BULK) String form,
            @RequestParam(defaultValue = "PENDING") Moderation state, @RequestParam(required = false) Flag flag,
            Locale locale, Model model, HttpServletResponse response) {
        try {
            if (commentIds == null || commentIds.isEmpty()) {
                throw PlazaProblem.badRequest("validation", "plaza.problem.validation").withFieldError("commentIds",
                        "staff.comments.moderation.none-chosen");
            }
            if (decision == null) {
                throw PlazaProblem.badRequest("validation", "plaza.problem.validation").withFieldError("decision",
                        "comments.moderation.decision.invalid");
            }
            moderation.decide(driveId, commentIds.stream().distinct().limit(ModerationService.PAGE_MAX)
                    .map(id -> new ModerationService.Decision(id, decision, reason, note)).toList());
        } catch (PlazaProblem problem) {
            if (problem.getStatus().value() != 400) {
                throw problem;
            }
            model.addAttribute("refusedForm", form);
            model.addAttribute("refusal", problem.getFieldErrors().stream()
                    .map(field -> pages.message(field.messageKey(), field.arguments(), locale)).distinct().toList());
            return FormAnswers.withErrors(response, render(driveId, state, flag, 0, model));
        }
        return redirect(driveId, state, flag);
    }

    @PostMapping("/approve-unflagged")
    String approveUnflagged(@PathVariable String driveId) {
        moderation.approveUnflagged(driveId);
        return redirect(driveId, Moderation.PENDING, null);
    }

    @PostMapping("/translations/{commentId}")
    String translate(@PathVariable String driveId, @PathVariable String commentId,
            @RequestParam(required = false) String text, @RequestParam(defaultValue = "PENDING") Moderation state,
            @RequestParam(required = false) Flag flag, Locale locale, Model model, HttpServletResponse response) {
        try {
            moderation.translate(commentId, text);
        } catch (PlazaProblem problem) {
            if (problem.getStatus().value() != 400) {
                throw problem;
            }
            model.addAttribute("refusedForm", "translation-" + commentId);
            model.addAttribute("refusal", problem.getFieldErrors().stream()
                    .map(field -> pages.message(field.messageKey(), field.arguments(), locale)).toList());
            return FormAnswers.withErrors(response, render(driveId, state, flag, 0, model));
        }
        return redirect(driveId, state, flag);
    }

    private String render(String driveId, Moderation state, Flag flag, int page, Model model) {
        CommentDrive drive = drives.moderated(driveId);
        int size = 50;
        var items = moderation.queue(driveId, state, flag, page, size).stream().map(ModerationApi.QueueItem::of)
                .toList();
        model.addAttribute("drive", drive);
        model.addAttribute("items", items);
        model.addAttribute("state", state);
        model.addAttribute("flag", flag);
        model.addAttribute("page", page);
        model.addAttribute("hasNext", items.size() == size);
        model.addAttribute("states", Moderation.values());
        model.addAttribute("flags", Flag.values());
        model.addAttribute("reasons", RejectionReason.values());
        return "staff/moderation";
    }

    private static String redirect(String driveId, Moderation state, Flag flag) {
        return "redirect:/staff/comments/drives/" + driveId + "/moderation?state=" + state
                + (flag == null ? "" : "&flag=" + flag);
    }
}
