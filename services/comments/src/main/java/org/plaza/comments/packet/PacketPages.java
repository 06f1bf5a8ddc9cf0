package org.plaza.comments.packet;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.DriveService;
import org.plaza.comments.staff.StaffPages;
import org.plaza.comments.support.DateTexts;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletResponse;

/** The organizers' packet page: compile, download the PDF and CSV, deliver to the clerk, delivery history. */
@Controller
class PacketPages {

    private final PacketService packets;
    private final DriveService drives;
    private final CampaignAccess access;
    private final StaffPages pages;

    PacketPages(PacketService packets, DriveService drives, CampaignAccess access, StaffPages pages) {
        this.packets = packets;
        this.drives = drives;
        this.access = access;
        this.pages = pages;
    }

    @GetMapping("/staff/comments/drives/{driveId}/packets")
    String list(@PathVariable String driveId, Locale locale, Model model) {
        return render(drives.managed(driveId), locale, model);
    }

    @PostMapping("/staff/comments/drives/{driveId}/packets")
    String compile(@PathVariable String driveId, Locale locale, Model model, HttpServletResponse response) {
        CommentDrive drive = drives.managed(driveId);
        try {
            packets.compileNow(driveId, access.staffId());
        } catch (PlazaProblem problem) {
            if (problem.getStatus().value() == 404) {
                throw problem;
            }
            model.addAttribute("problem", pages.explain(problem, locale));
            return FormAnswers.refused(response, problem, render(drive, locale, model));
        }
        return "redirect:/staff/comments/drives/" + driveId + "/packets";
    }

    @PostMapping("/staff/comments/packets/{packetId}/deliveries")
    String deliver(@PathVariable String packetId) {
        Packet packet = packets.get(packetId);
        drives.managed(packet.driveId());
        packets.deliver(packetId, access.staffId());
        return "redirect:/staff/comments/drives/" + packet.driveId() + "/packets";
    }

    @GetMapping("/staff/comments/packets/{packetId}/pdf")
    void pdf(@PathVariable String packetId, HttpServletResponse response) throws IOException {
        Packet packet = packets.get(packetId);
        drives.managed(packet.driveId());
        PacketApi.copy(packets.open(packet.pdfFileId()), "application/pdf",
                "public-comments-" + packet.driveId() + ".pdf", response);
    }

    @GetMapping("/staff/comments/packets/{packetId}/csv")
    void csv(@PathVariable String packetId, HttpServletResponse response) throws IOException {
        Packet packet = packets.get(packetId);
        drives.managed(packet.driveId());
        PacketApi.copy(packets.open(packet.csvFileId()), "text/csv;charset=UTF-8",
                "public-comments-" + packet.driveId() + ".csv", response);
    }

    private String render(CommentDrive drive, Locale locale, Model model) {
        model.addAttribute("drive", drive);
        model.addAttribute("packets", packets.ofDrive(drive.id()).stream().map(packet -> PacketRowView.of(packet,
                drive, locale)).toList());
        model.addAttribute("awaitingModeration", packets.awaitingModeration(drive.id()));
        return "staff/packets";
    }

    /** A packet with its times written for the staff member, in the body's time zone. */
    record PacketRowView(String id, String compiledAt, PacketTotals totals, long pdfBytes, long csvBytes,
            List<DeliveryRow> deliveries) {
        static PacketRowView of(Packet packet, CommentDrive drive, Locale locale) {
            return new PacketRowView(packet.id(), DateTexts.dateTime(packet.compiledAt(), drive.zone(), locale),
                    packet.totals(), packet.pdfBytes(), packet.csvBytes(),
                    packet.deliveries().stream().map(delivery -> new DeliveryRow(delivery.number(),
                            DateTexts.dateTime(delivery.requestedAt(), drive.zone(), locale), delivery.failureReason()))
                            .toList());
        }
    }

    /** One delivery to the clerk. */
    record DeliveryRow(int number, String requestedAt, String failureReason) {
    }
}
