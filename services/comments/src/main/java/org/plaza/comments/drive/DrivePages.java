package org.plaza.comments.drive;

import java.util.List;
import java.util.Locale;

import org.plaza.comments.body.PublicBodyService;
import org.plaza.comments.staff.StaffPages;
import org.plaza.comments.support.DateTexts;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.access.CampaignTeam;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** Staff pages to list drives, open one (both languages required) and read one with its actions. */
@Controller
@RequestMapping("/staff/comments/drives")
class DrivePages {

    private final DriveService drives;
    private final PublicBodyService bodies;
    private final CampaignAccess access;
    private final StaffPages pages;

    DrivePages(DriveService drives, PublicBodyService bodies, CampaignAccess access, StaffPages pages) {
        this.drives = drives;
        this.bodies = bodies;
        this.access = access;
        this.pages = pages;
    }

    @InitBinder("form")
    void blankFieldsAreMissing(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String list(Locale locale, Model model) {
        model.addAttribute("drives", drives.moderatedByStaff().stream().map(drive -> Row.of(drive, locale)).toList());
        model.addAttribute("canOpen", !access.managedCampaigns().stream().map(CampaignTeam::campaignId).toList().isEmpty());
        return "staff/drives";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    String newDrive(@RequestParam(required = false) String campaignId, Model model) {
        return form(OpenDriveRequest.forCampaign(campaignId), model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    String open(@Validated @ModelAttribute("form") OpenDriveRequest form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/staff/comments/drives/" + drives.open(form).id();
            } catch (PlazaProblem problem) {
                if (CampaignAccess.isRefusal(problem)) {
                    throw problem;
                }
                model.addAttribute("problem", pages.refuse(problem, errors, OpenDriveRequest.FIELDS, locale));
            }
        }
        return FormAnswers.withErrors(response, form(form, model));
    }

    @GetMapping("/{driveId}")
    String detail(@PathVariable String driveId, Locale locale, Model model) {
        CommentDrive drive = drives.moderated(driveId);
        model.addAttribute("drive", drive);
        model.addAttribute("row", Row.of(drive, locale));
        model.addAttribute("meeting", DateTexts.dateTime(drive.meetingAt(), drive.zone(), locale));
        model.addAttribute("manage", access.mayManage(drive.campaignId()));
        return "staff/drive";
    }

    @PostMapping("/{driveId}/auto-approve")
    String autoApprove(@PathVariable String driveId, @RequestParam(defaultValue = "false") boolean enabled) {
        drives.setAutoApprove(driveId, enabled);
        return "redirect:/staff/comments/drives/" + driveId;
    }

    private String form(OpenDriveRequest form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("campaigns", access.managedCampaigns().stream().map(CampaignTeam::campaignId).toList());
        model.addAttribute("bodies", bodies.all());
        return "staff/drive-form";
    }

    /** A drive as the list shows it, dates in the body's time zone. */
    record Row(String id, String campaignId, String bodyName, String agendaItem, String title, String status,
            String deadline) {
        static Row of(CommentDrive drive, Locale locale) {
            return new Row(drive.id(), drive.campaignId(), drive.bodyName(), drive.content().agendaItemNumber(),
                    drive.content().title(locale.getLanguage()), drive.status().name(),
                    DateTexts.dateTime(drive.commentDeadline(), drive.zone(), locale));
        }
    }
}
