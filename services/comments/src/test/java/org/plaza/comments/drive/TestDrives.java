package org.plaza.comments.drive;

import java.time.Duration;
import java.time.Instant;

/** Drives for unit tests of other packages, opened without the web layer. */
public final class TestDrives {

    private TestDrives() {
    }

    public static CommentDrive open(String id, Instant deadline, boolean autoApprove, boolean speaking) {
        CommentDrive.BodySnapshot body = new CommentDrive.BodySnapshot("body_1", "Coachella Valley Water District Board",
                "WATER_DISTRICT_BOARD", "America/Los_Angeles", "en", 500, "clerk@cvwd.example.org", "en");
        DriveContent content = new DriveContent("7", "Tarifas de agua", "Water rates", "https://example.org/agenda",
                "La junta decide si sube las tarifas.", "The board decides whether to raise rates.",
                "- Las familias ya pagan mucho\n- El agua no es segura", "- Families already pay a lot\n- Water is unsafe");
        return CommentDrive.open(id, "cmp_1", body, deadline.plus(Duration.ofDays(1)), content, deadline, speaking,
                autoApprove, "staff-1", deadline.minus(Duration.ofDays(10)));
    }
}
