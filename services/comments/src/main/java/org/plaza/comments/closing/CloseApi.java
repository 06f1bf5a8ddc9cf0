package org.plaza.comments.closing;

import java.time.Clock;
import java.util.Map;

import org.plaza.comments.drive.DriveService;
import org.plaza.starter.access.CampaignAccess;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** An organizer closes a drive before its deadline. */
@RestController
class CloseApi {

    private final DriveService drives;
    private final DriveClosing closing;
    private final CampaignAccess access;
    private final Clock clock;

    CloseApi(DriveService drives, DriveClosing closing, CampaignAccess access, Clock clock) {
        this.drives = drives;
        this.closing = closing;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping("/api/staff/comments/drives/{driveId}/close")
    Map<String, Object> close(@PathVariable String driveId) {
        drives.managed(driveId);
        boolean closed = closing.close(driveId, access.staffId(), clock.instant());
        return Map.of("closed", closed, "status", drives.get(driveId).status().name());
    }
}
