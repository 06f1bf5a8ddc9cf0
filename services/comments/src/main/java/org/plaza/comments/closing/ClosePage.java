package org.plaza.comments.closing;

import java.time.Clock;

import org.plaza.comments.drive.DriveService;
import org.plaza.starter.access.CampaignAccess;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The drive page's "close comments now" button. */
@Controller
class ClosePage {

    private final DriveService drives;
    private final DriveClosing closing;
    private final CampaignAccess access;
    private final Clock clock;

    ClosePage(DriveService drives, DriveClosing closing, CampaignAccess access, Clock clock) {
        this.drives = drives;
        this.closing = closing;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping("/staff/comments/drives/{driveId}/close")
    String close(@PathVariable String driveId) {
        drives.managed(driveId);
        closing.close(driveId, access.staffId(), clock.instant());
        return "redirect:/staff/comments/drives/" + driveId;
    }
}
