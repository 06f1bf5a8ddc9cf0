package org.plaza.comments.drive;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An organizer's request to open a drive: the one input of both the JSON API and the staff page's form. Times are
 * local to the public body's time zone (the form sends them as ISO local date-times); both languages are
 * required. Without {@code commentDeadline} the body's rule sets it.
 */
record OpenDriveRequest(
        @NotBlank @Size(max = 100) String campaignId,
        @NotBlank @Size(max = 100) String publicBodyId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime meetingStartsAt,
        @NotBlank @Size(max = 20) String agendaItemNumber,
        @NotBlank @Size(max = 300) String titleEs,
        @NotBlank @Size(max = 300) String titleEn,
        @Size(max = 1000) @Pattern(regexp = "https?://\\S+") String agendaUrl,
        @NotBlank @Size(max = 2000) String decisionEs,
        @NotBlank @Size(max = 2000) String decisionEn,
        @NotBlank @Size(max = 5000) String talkingPointsEs,
        @NotBlank @Size(max = 5000) String talkingPointsEn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime commentDeadline,
        Boolean speakingRequestsAllowed,
        Boolean autoApprove) {

    /** A choice left out (an unticked box without Spring's marker, a missing JSON field) is no. */
    OpenDriveRequest {
        speakingRequestsAllowed = Boolean.TRUE.equals(speakingRequestsAllowed);
        autoApprove = Boolean.TRUE.equals(autoApprove);
    }

    /** The fields a form may send, which are the record's components. */
    static final List<String> FIELDS = Arrays.stream(OpenDriveRequest.class.getRecordComponents())
            .map(component -> component.getName()).toList();

    /** The page's empty form, for a campaign when one is chosen. */
    static OpenDriveRequest forCampaign(String campaignId) {
        return new OpenDriveRequest(campaignId, null, null, null, null, null, null, null, null, null, null, null, false,
                false);
    }
}
