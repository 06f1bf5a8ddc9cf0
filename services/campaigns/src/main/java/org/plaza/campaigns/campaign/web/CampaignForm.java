package org.plaza.campaigns.campaign.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.plaza.campaigns.campaign.Campaign;
import org.plaza.campaigns.campaign.CampaignDetails;
import org.plaza.campaigns.campaign.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The staff form for a campaign (a JavaBean, so Thymeleaf can bind it). Field paths match the JSON API
 * ({@code title.es}, {@code communities}), so problem field errors land next to the right input.
 * The team is one staff id per line.
 */
public class CampaignForm {

    private Texts title = new Texts();
    private Texts summary = new Texts();
    private Texts story = new Texts();
    private String issueArea;
    private List<String> communities = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private String organizerStaffIds;

    /** A text in both languages. */
    public static class Texts {

        private String es;
        private String en;

        public String getEs() {
            return es;
        }

        public void setEs(String es) {
            this.es = es;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }

        LocalizedText text() {
            return new LocalizedText(es, en);
        }

        static Texts of(LocalizedText text) {
            Texts texts = new Texts();
            texts.es = text.es();
            texts.en = text.en();
            return texts;
        }
    }

    static CampaignForm of(Campaign campaign) {
        CampaignForm form = new CampaignForm();
        CampaignDetails details = campaign.details();
        form.title = Texts.of(details.title());
        form.summary = Texts.of(details.summary());
        form.story = Texts.of(details.story());
        form.issueArea = details.issueArea();
        form.communities = new ArrayList<>(details.communities());
        form.startsOn = details.startsOn();
        form.endsOn = details.endsOn();
        form.organizerStaffIds = String.join("\n", campaign.team());
        return form;
    }

    /** Fills in everything but the team from the stored campaign, keeping what the organizer typed for the team. */
    void copyDetailsFrom(Campaign campaign) {
        CampaignForm stored = of(campaign);
        title = stored.title;
        summary = stored.summary;
        story = stored.story;
        issueArea = stored.issueArea;
        communities = stored.communities;
        startsOn = stored.startsOn;
        endsOn = stored.endsOn;
    }

    CampaignDetails details() {
        String area = issueArea == null || issueArea.isBlank() ? null : issueArea;
        return new CampaignDetails(title.text(), summary.text(), story.text(), area, communities, startsOn, endsOn);
    }

    List<String> team() {
        return organizerStaffIds == null ? List.of() : Arrays.stream(organizerStaffIds.split("[\\s,;]+"))
                .filter(s -> !s.isBlank()).toList();
    }

    public Texts getTitle() {
        return title;
    }

    public void setTitle(Texts title) {
        this.title = title;
    }

    public Texts getSummary() {
        return summary;
    }

    public void setSummary(Texts summary) {
        this.summary = summary;
    }

    public Texts getStory() {
        return story;
    }

    public void setStory(Texts story) {
        this.story = story;
    }

    public String getIssueArea() {
        return issueArea;
    }

    public void setIssueArea(String issueArea) {
        this.issueArea = issueArea;
    }

    public List<String> getCommunities() {
        return communities;
    }

    public void setCommunities(List<String> communities) {
        this.communities = communities == null ? new ArrayList<>() : communities;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getOrganizerStaffIds() {
        return organizerStaffIds;
    }

    public void setOrganizerStaffIds(String organizerStaffIds) {
        this.organizerStaffIds = organizerStaffIds;
    }
}
