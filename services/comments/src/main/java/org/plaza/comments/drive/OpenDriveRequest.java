package org.plaza.comments.drive;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An organizer's request to open a drive. Times are local to the public body's time zone; both languages
 * are required. Without {@code commentDeadline} the body's rule sets it.
 */
record OpenDriveRequest(
        @NotBlank @Size(max = 100) String campaignId,
        @NotBlank @Size(max = 100) String publicBodyId,
        @NotNull LocalDateTime meetingStartsAt,
        @NotBlank @Size(max = 20) String agendaItemNumber,
        @NotBlank @Size(max = 300) String titleEs,
        @NotBlank @Size(max = 300) String titleEn,
        @Size(max = 1000) @Pattern(regexp = "https?://\\S+") String agendaUrl,
        @NotBlank @Size(max = 2000) String decisionEs,
        @NotBlank @Size(max = 2000) String decisionEn,
        @NotBlank @Size(max = 5000) String talkingPointsEs,
        @NotBlank @Size(max = 5000) String talkingPointsEn,
        LocalDateTime commentDeadline,
        boolean speakingRequestsAllowed,
        boolean autoApprove) {
}
