package org.plaza.comments.comment.web;

import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.DriveService;
import org.plaza.starter.layout.PageMeta;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.starter.share.Printables;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What organizers print for a drive: {@code GET /comments/drives/{driveId}/qr.png}, the QR code of the drive's page
 * ({@code ?src=qr}), and {@code GET /comments/drives/{driveId}/flyer.pdf}, a bilingual letter-size flyer with it.
 */
@Controller
class DrivePrintables {

    private final DriveService drives;
    private final MessageSource messages;
    private final PageMeta pageMeta;

    DrivePrintables(DriveService drives, MessageSource messages, PageMeta pageMeta) {
        this.drives = drives;
        this.messages = messages;
        this.pageMeta = pageMeta;
    }

    @GetMapping("/comments/drives/{driveId}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String driveId) {
        return Printables.qr(pageMeta.absolute(ResidentLinks.commentDrive(drives.get(driveId).id())));
    }

    @GetMapping("/comments/drives/{driveId}/flyer.pdf")
    ResponseEntity<byte[]> flyer(@PathVariable String driveId) {
        CommentDrive drive = drives.get(driveId);
        return Printables.flyer(messages, drive.content().title("es"), drive.content().title("en"), "drive.flyer.ask",
                pageMeta.absolute(ResidentLinks.commentDrive(drive.id())), drive.id());
    }
}
