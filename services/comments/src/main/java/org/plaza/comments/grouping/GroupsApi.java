package org.plaza.comments.grouping;

import java.util.List;
import java.util.Map;

import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.CommentDrives;
import org.plaza.comments.drive.DriveService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Organizers review mass-comment groups, split and merge them, and choose the similarity threshold. */
@RestController
class GroupsApi {

    private final DriveService drives;
    private final CommentDrives driveStore;
    private final Grouping grouping;
    private final GroupViews views;

    GroupsApi(DriveService drives, CommentDrives driveStore, Grouping grouping, GroupViews views) {
        this.drives = drives;
        this.driveStore = driveStore;
        this.grouping = grouping;
        this.views = views;
    }

    @GetMapping("/api/staff/comments/drives/{driveId}/groups")
    List<GroupViews.GroupView> groups(@PathVariable String driveId, @RequestParam(defaultValue = "2") int minSize,
            @RequestParam(defaultValue = "100") int limit) {
        drives.managed(driveId);
        return views.groups(driveId, minSize, limit);
    }

    @GetMapping("/api/staff/comments/drives/{driveId}/groups/{groupKey}")
    List<GroupViews.MemberView> members(@PathVariable String driveId, @PathVariable String groupKey) {
        drives.managed(driveId);
        return views.members(driveId, groupKey);
    }

    @PostMapping("/api/staff/comments/drives/{driveId}/groups/split")
    Map<String, String> split(@PathVariable String driveId, @Valid @RequestBody Split request) {
        drives.managed(driveId);
        return Map.of("groupKey", grouping.split(driveId, request.commentIds()));
    }

    @PostMapping("/api/staff/comments/drives/{driveId}/groups/merge")
    Map<String, String> merge(@PathVariable String driveId, @Valid @RequestBody Merge request) {
        drives.managed(driveId);
        return Map.of("groupKey", grouping.merge(driveId, request.groupKeys()));
    }

    @PostMapping("/api/staff/comments/drives/{driveId}/groups/regroup")
    Map<String, Object> regroup(@PathVariable String driveId, @Valid @RequestBody Regroup request) {
        CommentDrive drive = drives.managed(driveId);
        if (request.similarityThreshold() != null) {
            drive.similarityThreshold(request.similarityThreshold());
            driveStore.save(drive);
        }
        int grouped = grouping.regroup(driveId);
        return Map.of("grouped", grouped);
    }

    record Split(@NotEmpty @Size(max = 1000) List<String> commentIds) {
    }

    record Merge(@NotEmpty @Size(min = 2, max = 1000) List<String> groupKeys) {
    }

    record Regroup(@DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") Double similarityThreshold) {
    }
}
