package org.plaza.comments.grouping;

import java.util.List;
import java.util.Locale;

import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.DriveService;
import org.plaza.comments.staff.StaffPages;
import org.plaza.starter.form.FormAnswers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The organizers' page of mass-comment groups: tick groups to merge them, open one to split members out. */
@Controller
@RequestMapping("/staff/comments/drives/{driveId}/groups")
class GroupPages {

    private final DriveService drives;
    private final GroupViews views;
    private final Grouping grouping;
    private final StaffPages pages;

    GroupPages(DriveService drives, GroupViews views, Grouping grouping, StaffPages pages) {
        this.drives = drives;
        this.views = views;
        this.grouping = grouping;
        this.pages = pages;
    }

    @GetMapping
    String groups(@PathVariable String driveId, Model model) {
        return list(drives.managed(driveId), model);
    }

    @GetMapping("/{groupKey}")
    String members(@PathVariable String driveId, @PathVariable String groupKey, Model model) {
        return group(drives.managed(driveId), groupKey, model);
    }

    @PostMapping("/merge")
    String merge(@PathVariable String driveId, @RequestParam(required = false) List<String> groupKeys, Locale locale,
            Model model, HttpServletResponse response) {
        CommentDrive drive = drives.managed(driveId);
        List<String> keys = groupKeys == null ? List.of() : groupKeys.stream().distinct().limit(1000).toList();
        if (keys.size() < 2) {
            model.addAttribute("refusal", pages.message("staff.comments.groups.merge.too-few", null, locale));
            return FormAnswers.withErrors(response, list(drive, model));
        }
        return "redirect:/staff/comments/drives/" + driveId + "/groups/" + grouping.merge(driveId, keys);
    }

    @PostMapping("/{groupKey}/split")
    String split(@PathVariable String driveId, @PathVariable String groupKey,
            @RequestParam(required = false) List<String> commentIds, Locale locale, Model model,
            HttpServletResponse response) {
        CommentDrive drive = drives.managed(driveId);
        if (commentIds == null || commentIds.isEmpty()) {
            model.addAttribute("refusal", pages.message("staff.comments.groups.split.none", null, locale));
            return FormAnswers.withErrors(response, group(drive, groupKey, model));
        }
        grouping.split(driveId, commentIds.stream().limit(1000).toList());
        return "redirect:/staff/comments/drives/" + driveId + "/groups";
    }

    private String list(CommentDrive drive, Model model) {
        model.addAttribute("drive", drive);
        model.addAttribute("groups", views.groups(drive.id(), 2, 200));
        return "staff/groups";
    }

    private String group(CommentDrive drive, String groupKey, Model model) {
        model.addAttribute("drive", drive);
        model.addAttribute("groupKey", groupKey);
        model.addAttribute("members", views.members(drive.id(), groupKey));
        return "staff/group";
    }
}
