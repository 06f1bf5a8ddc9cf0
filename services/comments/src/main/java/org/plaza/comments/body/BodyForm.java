package org.plaza.comments.body;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The public body form of the staff pages; the same rules as {@link PublicBodyRequest}. */
class BodyForm {

    static final String[] FIELDS = { "name", "kind", "clerkEmail", "clerkLanguage", "timeZone", "meetingLanguage",
            "deadlineHoursBeforeMeeting", "commentLengthLimit" };

    @NotBlank
    @Size(max = 200)
    private String name;
    @NotNull
    private PublicBodyKind kind;
    @NotBlank
    @Email
    @Size(max = 254)
    private String clerkEmail;
    @Pattern(regexp = "es|en")
    private String clerkLanguage = "en";
    @NotBlank
    @Size(max = 64)
    private String timeZone = "America/Los_Angeles";
    @Pattern(regexp = "es|en")
    private String meetingLanguage = "en";
    @NotNull
    @Min(0)
    @Max(720)
    private Integer deadlineHoursBeforeMeeting = 24;
    @NotNull
    @Min(100)
    @Max(20000)
    private Integer commentLengthLimit = 3000;

    static BodyForm of(PublicBody body) {
        BodyForm form = new BodyForm();
        form.name = body.name();
        form.kind = body.kind();
        form.clerkEmail = body.clerkEmail();
        form.clerkLanguage = body.clerkLanguage();
        form.timeZone = body.timeZone();
        form.meetingLanguage = body.meetingLanguage();
        form.deadlineHoursBeforeMeeting = (int) body.deadlineBeforeMeeting().toHours();
        form.commentLengthLimit = body.commentLengthLimit();
        return form;
    }

    PublicBodyRequest request() {
        return new PublicBodyRequest(name, kind, clerkEmail, clerkLanguage, timeZone, meetingLanguage,
                deadlineHoursBeforeMeeting, commentLengthLimit);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PublicBodyKind getKind() {
        return kind;
    }

    public void setKind(PublicBodyKind kind) {
        this.kind = kind;
    }

    public String getClerkEmail() {
        return clerkEmail;
    }

    public void setClerkEmail(String clerkEmail) {
        this.clerkEmail = clerkEmail;
    }

    public String getClerkLanguage() {
        return clerkLanguage;
    }

    public void setClerkLanguage(String clerkLanguage) {
        this.clerkLanguage = clerkLanguage;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getMeetingLanguage() {
        return meetingLanguage;
    }

    public void setMeetingLanguage(String meetingLanguage) {
        this.meetingLanguage = meetingLanguage;
    }

    public Integer getDeadlineHoursBeforeMeeting() {
        return deadlineHoursBeforeMeeting;
    }

    public void setDeadlineHoursBeforeMeeting(Integer deadlineHoursBeforeMeeting) {
        this.deadlineHoursBeforeMeeting = deadlineHoursBeforeMeeting;
    }

    public Integer getCommentLengthLimit() {
        return commentLengthLimit;
    }

    public void setCommentLengthLimit(Integer commentLengthLimit) {
        this.commentLengthLimit = commentLengthLimit;
    }
}
