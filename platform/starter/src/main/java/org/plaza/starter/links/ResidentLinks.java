package org.plaza.starter.links;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * The contract for links between services: the path of each resident page that a service other than its
 * owner links to, built from the id the owner's events carry. Ids never change, so a link made today still
 * opens the item after its slug or title changes; the owner answers the path with the page or with a
 * permanent redirect to it.
 *
 * <p>Both sides use this class: the linking service renders {@code ResidentLinks.petition(id)}, and the
 * owning service has a test that the path built here answers for a real item. A change on either side
 * therefore fails a test. Paths are relative to the public origin (the gateway routes them by prefix).
 */
public final class ResidentLinks {

    /** A petition by its id ({@code pet_…}); petitions answers with a 301 to {@code /petitions/{slug}}. */
    public static final String PETITION = "/petitions/{petitionId}";
    /** A public-comment drive by its id; comments answers with the drive's page. */
    public static final String COMMENT_DRIVE = "/comments/drives/{driveId}";
    /** A volunteer shift by its id; outreach answers with the shift's page. */
    public static final String SHIFT = "/outreach/shifts/{shiftId}";
    /** A community meeting by its id; outreach answers with the meeting's page. */
    public static final String MEETING = "/outreach/meetings/{meetingId}";

    private ResidentLinks() {
    }

    public static String petition(String petitionId) {
        return expand(PETITION, petitionId);
    }

    public static String commentDrive(String driveId) {
        return expand(COMMENT_DRIVE, driveId);
    }

    public static String shift(String shiftId) {
        return expand(SHIFT, shiftId);
    }

    public static String meeting(String meetingId) {
        return expand(MEETING, meetingId);
    }

    private static String expand(String shape, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A resident link needs the item's id");
        }
        return shape.substring(0, shape.indexOf('{')) + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
