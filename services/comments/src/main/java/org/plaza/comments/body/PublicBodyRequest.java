package org.plaza.comments.body;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A public body as an organizer describes it.
 *
 * @param deadlineHoursBeforeMeeting the clerk's rule: comments close this many hours before the meeting starts
 * @param commentLengthLimit         the longest comment the clerk accepts, in characters
 */
record PublicBodyRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull PublicBodyKind kind,
        @NotBlank @Email @Size(max = 254) String clerkEmail,
        @Pattern(regexp = "es|en") String clerkLanguage,
        @NotBlank @Size(max = 64) String timeZone,
        @Pattern(regexp = "es|en") String meetingLanguage,
        @Min(0) @Max(720) int deadlineHoursBeforeMeeting,
        @Min(100) @Max(20000) int commentLengthLimit) {
}
