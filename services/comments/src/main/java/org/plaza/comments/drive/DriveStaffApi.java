package org.plaza.comments.drive;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/** Organizers open drives and read theirs. */
@RestController
class DriveStaffApi {

    private final DriveService drives;

    DriveStaffApi(DriveService drives) {
        this.drives = drives;
    }

    @PostMapping("/api/staff/comments/drives")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    DriveView open(@Valid @RequestBody OpenDriveRequest request) {
        return DriveView.of(drives.open(request));
    }

    @GetMapping("/api/staff/comments/drives")
    List<DriveView> list(@RequestParam(required = false) String campaignId) {
        return drives.visibleToStaff(campaignId).stream().map(DriveView::of).toList();
    }

    @GetMapping("/api/staff/comments/drives/{driveId}")
    DriveView get(@PathVariable String driveId) {
        return DriveView.of(drives.managed(driveId));
    }

    @PutMapping("/api/staff/comments/drives/{driveId}/auto-approve")
    DriveView autoApprove(@PathVariable String driveId, @Valid @RequestBody AutoApprove request) {
        return DriveView.of(drives.setAutoApprove(driveId, request.enabled()));
    }

    record AutoApprove(boolean enabled) {
    }

    record DriveView(String id, String campaignId, String publicBodyId, String bodyName, String timeZone,
            Instant meetingAt, DriveContent content, Instant commentDeadline, boolean speakingRequestsAllowed,
            int commentLengthLimit, boolean autoApprove, DriveStatus status, Instant openedAt, Instant closedAt,
            String closeReason, String residentPage) {
        static DriveView of(CommentDrive drive) {
            return new DriveView(drive.id(), drive.campaignId(), drive.publicBodyId(), drive.bodyName(),
                    drive.timeZone(), drive.meetingAt(), drive.content(), drive.commentDeadline(),
                    drive.speakingRequestsAllowed(), drive.commentLengthLimit(), drive.autoApprove(), drive.status(),
                    drive.openedAt(), drive.closedAt(),
                    drive.closeReason() == null ? null : drive.closeReason().name(), "/comments/drives/" + drive.id());
        }
    }
}
