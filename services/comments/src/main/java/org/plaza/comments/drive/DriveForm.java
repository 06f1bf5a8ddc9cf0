package org.plaza.comments.drive;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The staff page's form to open a drive; the same rules as {@link OpenDriveRequest}, times local to the body. */
class DriveForm {

    static final String[] FIELDS = { "campaignId", "publicBodyId", "meetingStartsAt", "agendaItemNumber", "titleEs",
            "titleEn", "agendaUrl", "decisionEs", "decisionEn", "talkingPointsEs", "talkingPointsEn", "commentDeadline",
            "speakingRequestsAllowed", "autoApprove" };

    @NotBlank
    @Size(max = 100)
    private String campaignId;
    @NotBlank
    @Size(max = 100)
    private String publicBodyId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime meetingStartsAt;
    @NotBlank
    @Size(max = 20)
    private String agendaItemNumber;
    @NotBlank
    @Size(max = 300)
    private String titleEs;
    @NotBlank
    @Size(max = 300)
    private String titleEn;
    @Size(max = 1000)
    @Pattern(regexp = "https?://\\S+")
    private String agendaUrl;
    @NotBlank
    @Size(max = 2000)
    private String decisionEs;
    @NotBlank
    @Size(max = 2000)
    private String decisionEn;
    @NotBlank
    @Size(max = 5000)
    private String talkingPointsEs;
    @NotBlank
    @Size(max = 5000)
    private String talkingPointsEn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime commentDeadline;
    private boolean speakingRequestsAllowed;
    private boolean autoApprove;

    OpenDriveRequest request() {
        return new OpenDriveRequest(campaignId, publicBodyId, meetingStartsAt, agendaItemNumber, titleEs, titleEn,
                agendaUrl, decisionEs, decisionEn, talkingPointsEs, talkingPointsEn, commentDeadline,
                speakingRequestsAllowed, autoApprove);
    }

    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    public String getPublicBodyId() {
        return publicBodyId;
    }

    public void setPublicBodyId(String publicBodyId) {
        this.publicBodyId = publicBodyId;
    }

    public LocalDateTime getMeetingStartsAt() {
        return meetingStartsAt;
    }

    public void setMeetingStartsAt(LocalDateTime meetingStartsAt) {
        this.meetingStartsAt = meetingStartsAt;
    }

    public String getAgendaItemNumber() {
        return agendaItemNumber;
    }

    public void setAgendaItemNumber(String agendaItemNumber) {
        this.agendaItemNumber = agendaItemNumber;
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = titleEs;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getAgendaUrl() {
        return agendaUrl;
    }

    public void setAgendaUrl(String agendaUrl) {
        this.agendaUrl = agendaUrl;
    }

    public String getDecisionEs() {
        return decisionEs;
    }

    public void setDecisionEs(String decisionEs) {
        this.decisionEs = decisionEs;
    }

    public String getDecisionEn() {
        return decisionEn;
    }

    public void setDecisionEn(String decisionEn) {
        this.decisionEn = decisionEn;
    }

    public String getTalkingPointsEs() {
        return talkingPointsEs;
    }

    public void setTalkingPointsEs(String talkingPointsEs) {
        this.talkingPointsEs = talkingPointsEs;
    }

    public String getTalkingPointsEn() {
        return talkingPointsEn;
    }

    public void setTalkingPointsEn(String talkingPointsEn) {
        this.talkingPointsEn = talkingPointsEn;
    }

    public LocalDateTime getCommentDeadline() {
        return commentDeadline;
    }

    public void setCommentDeadline(LocalDateTime commentDeadline) {
        this.commentDeadline = commentDeadline;
    }

    public boolean isSpeakingRequestsAllowed() {
        return speakingRequestsAllowed;
    }

    public void setSpeakingRequestsAllowed(boolean speakingRequestsAllowed) {
        this.speakingRequestsAllowed = speakingRequestsAllowed;
    }

    public boolean isAutoApprove() {
        return autoApprove;
    }

    public void setAutoApprove(boolean autoApprove) {
        this.autoApprove = autoApprove;
    }
}
