package org.plaza.comments.body;

import java.util.Arrays;
import java.util.List;

import org.plaza.starter.validation.SingleLine;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A public body as an organizer describes it: the one input of both the JSON API and the staff page's form, so
 * both check the same rules and answer the same field messages.
 *
 * @param deadlineHoursBeforeMeeting the clerk's rule: comments close this many hours before the meeting starts
 * @param commentLengthLimit         the longest comment the clerk accepts, in characters
 */
record PublicBodyRequest(
        @NotBlank @Size(max = 200) @SingleLine String name,
        @NotNull PublicBodyKind kind,
        @NotBlank @Email @Size(max = 254) String clerkEmail,
        @Pattern(regexp = "es|en") String clerkLanguage,
        @NotBlank @Size(max = 64) String timeZone,
        @Pattern(regexp = "es|en") String meetingLanguage,
        @NotNull @Min(0) @Max(720) Integer deadlineHoursBeforeMeeting,
        @NotNull @Min(100) @Max(20000) Integer commentLengthLimit) {

    /** The fields a form may send, which are the record's components. */
    static final List<String> FIELDS = Arrays.stream(PublicBodyRequest.class.getRecordComponents())
            .map(component -> component.getName()).toList();

    /** What the page's form offers for a new body. */
    static PublicBodyRequest blank() {
        return new PublicBodyRequest(null, null, null, "en", "America/Los_Angeles", "en", 24, 3000);
    }

    /** The form of a body as it is now. */
    static PublicBodyRequest of(PublicBody body) {
        return new PublicBodyRequest(body.name(), body.kind(), body.clerkEmail(), body.clerkLanguage(), body.timeZone(),
                body.meetingLanguage(), (int) body.deadlineBeforeMeeting().toHours(), body.commentLengthLimit());
    }
}
