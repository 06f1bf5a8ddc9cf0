package org.plaza.petitions.console;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.plaza.petitions.petition.PetitionDetails;
import org.plaza.starter.validation.SingleLine;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The petition form of the staff pages; the closing date is a local date and time in the service's zone. */
public class PetitionForm {

    @Size(max = 60)
    private String campaignId;
    @Size(max = 80)
    @Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$")
    private String slug;
    @Size(max = 150)
    @SingleLine
    private String titleEs;
    @Size(max = 150)
    @SingleLine
    private String titleEn;
    @Size(max = 20_000)
    private String textEs;
    @Size(max = 20_000)
    private String textEn;
    @Size(max = 200)
    @SingleLine
    private String decisionMakerEs;
    @Size(max = 200)
    @SingleLine
    private String decisionMakerEn;
    @Min(1)
    @Max(10_000_000)
    private Integer signatureGoal;
    @Size(max = 200)
    @Pattern(regexp = "^[0-9 ,]*$")
    private String milestones;
    private List<String> communities = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime closesAt;

    static PetitionForm of(PetitionDetails details, ZoneId zone) {
        PetitionForm form = new PetitionForm();
        form.titleEs = details.titleEs();
        form.titleEn = details.titleEn();
        form.textEs = details.textEs();
        form.textEn = details.textEn();
        form.decisionMakerEs = details.decisionMakerEs();
        form.decisionMakerEn = details.decisionMakerEn();
        form.signatureGoal = details.signatureGoal();
        form.milestones = details.milestones().stream().map(String::valueOf).collect(Collectors.joining(", "));
        form.communities = new ArrayList<>(details.communities());
        form.closesAt = details.closesAt() == null ? null : LocalDateTime.ofInstant(details.closesAt(), zone);
        return form;
    }

    PetitionDetails details(ZoneId zone) {
        List<Integer> parsed = milestones == null || milestones.isBlank() ? List.of()
                : Arrays.stream(milestones.split("[ ,]+")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
        return new PetitionDetails(blank(titleEs), blank(titleEn), blank(textEs), blank(textEn), blank(decisionMakerEs),
                blank(decisionMakerEn), signatureGoal, parsed, communities,
                closesAt == null ? null : closesAt.atZone(zone).toInstant());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
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

    public String getTextEs() {
        return textEs;
    }

    public void setTextEs(String textEs) {
        this.textEs = textEs;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getDecisionMakerEs() {
        return decisionMakerEs;
    }

    public void setDecisionMakerEs(String decisionMakerEs) {
        this.decisionMakerEs = decisionMakerEs;
    }

    public String getDecisionMakerEn() {
        return decisionMakerEn;
    }

    public void setDecisionMakerEn(String decisionMakerEn) {
        this.decisionMakerEn = decisionMakerEn;
    }

    public Integer getSignatureGoal() {
        return signatureGoal;
    }

    public void setSignatureGoal(Integer signatureGoal) {
        this.signatureGoal = signatureGoal;
    }

    public String getMilestones() {
        return milestones;
    }

    public void setMilestones(String milestones) {
        this.milestones = milestones;
    }

    public List<String> getCommunities() {
        return communities;
    }

    public void setCommunities(List<String> communities) {
        this.communities = communities == null ? new ArrayList<>() : communities;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }
}
