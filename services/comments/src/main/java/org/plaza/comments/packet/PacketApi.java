package org.plaza.comments.packet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plaza.comments.drive.DriveService;
import org.plaza.starter.security.StaffMember;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Organizers compile, download and (re)deliver packets; the notifications service fetches a delivered
 * packet's PDF and CSV through the links in its request (internal paths the gateway does not route), which
 * only that delivery's token opens.
 */
@RestController
class PacketApi {

    private final PacketService packets;
    private final DriveService drives;

    PacketApi(PacketService packets, DriveService drives) {
        this.packets = packets;
        this.drives = drives;
    }

    @PostMapping("/api/staff/comments/drives/{driveId}/packets")
    ResponseEntity<PacketView> compile(@PathVariable String driveId) {
        drives.managed(driveId);
        Packet packet = packets.compileNow(driveId, currentStaff());
        return ResponseEntity.status(HttpStatus.CREATED).body(PacketView.of(packet));
    }

    @GetMapping("/api/staff/comments/drives/{driveId}/packets")
    List<PacketView> list(@PathVariable String driveId) {
        drives.managed(driveId);
        return packets.ofDrive(driveId).stream().map(PacketView::of).toList();
    }

    @PostMapping("/api/staff/comments/packets/{packetId}/deliveries")
    ResponseEntity<DeliveryView> deliver(@PathVariable String packetId) {
        Packet packet = packets.get(packetId);
        drives.managed(packet.driveId());
        Delivery delivery = packets.deliver(packetId, currentStaff());
        return ResponseEntity.status(HttpStatus.CREATED).body(DeliveryView.of(delivery));
    }

    @GetMapping("/api/staff/comments/packets/{packetId}/pdf")
    void pdf(@PathVariable String packetId, HttpServletResponse response) throws IOException {
        Packet packet = packets.get(packetId);
        drives.managed(packet.driveId());
        copy(packets.open(packet.pdfFileId()), "application/pdf", "public-comments-" + packet.driveId() + ".pdf",
                response);
    }

    @GetMapping("/api/staff/comments/packets/{packetId}/csv")
    void csv(@PathVariable String packetId, HttpServletResponse response) throws IOException {
        Packet packet = packets.get(packetId);
        drives.managed(packet.driveId());
        copy(packets.open(packet.csvFileId()), "text/csv;charset=UTF-8", "public-comments-" + packet.driveId() + ".csv",
                response);
    }

    @GetMapping("/internal/comments/packets/{packetId}/{token}")
    void delivered(@PathVariable String packetId, @PathVariable String token,
            @RequestHeader(name = "X-Plaza-Notification-Request", required = false) String requestId,
            HttpServletResponse response) throws IOException {
        serve(packets.fileForLink(packetId, token, requestId, Packet::pdfFileId), "application/pdf",
                "public-comments-" + packetId + ".pdf", response);
    }

    @GetMapping("/internal/comments/packets/{packetId}/{token}/csv")
    void deliveredCsv(@PathVariable String packetId, @PathVariable String token,
            @RequestHeader(name = "X-Plaza-Notification-Request", required = false) String requestId,
            HttpServletResponse response) throws IOException {
        serve(packets.fileForLink(packetId, token, requestId, Packet::csvFileId), "text/csv;charset=UTF-8",
                "public-comments-" + packetId + ".csv", response);
    }

    private static void serve(Optional<InputStream> file, String type, String filename, HttpServletResponse response)
            throws IOException {
        if (file.isEmpty()) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        copy(file.get(), type, filename, response);
    }

    static void copy(InputStream in, String type, String filename, HttpServletResponse response)
            throws IOException {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try (InputStream source = in; OutputStream out = response.getOutputStream()) {
            source.transferTo(out);
        }
    }

    private static String currentStaff() {
        return StaffMember.current().id();
    }

    record PacketView(String packetId, String driveId, Instant compiledAt, String compiledBy, int commentCount,
            int uniqueCommentCount, int groupCount, int speakerCount, Map<String, Integer> byPosition,
            Map<String, Integer> byCommunity, Map<String, Integer> byLanguage, String contentSha256, String csvSha256,
            long pdfBytes, long csvBytes, List<DeliveryView> deliveries, String pdf, String csv) {
        static PacketView of(Packet packet) {
            PacketTotals totals = packet.totals();
            return new PacketView(packet.id(), packet.driveId(), packet.compiledAt(), packet.compiledBy(),
                    totals.commentCount(), totals.uniqueCommentCount(), totals.groupCount(), totals.speakerCount(),
                    totals.byPosition(), totals.byCommunity(), totals.byLanguage(), packet.contentSha256(),
                    packet.csvSha256(), packet.pdfBytes(), packet.csvBytes(),
                    packet.deliveries().stream().map(DeliveryView::of).toList(),
                    "/api/staff/comments/packets/" + packet.id() + "/pdf",
                    "/api/staff/comments/packets/" + packet.id() + "/csv");
        }
    }

    record DeliveryView(int number, String notificationRequestId, String staffId, Instant requestedAt,
            Instant expiresAt, String failureReason, Instant failedAt) {
        static DeliveryView of(Delivery delivery) {
            return new DeliveryView(delivery.number(), delivery.notificationRequestId(), delivery.staffId(),
                    delivery.requestedAt(), delivery.expiresAt(), delivery.failureReason(), delivery.failedAt());
        }
    }
}
