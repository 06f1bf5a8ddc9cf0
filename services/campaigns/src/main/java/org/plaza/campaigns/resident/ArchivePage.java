package org.plaza.campaigns.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.campaigns.action.Outcomes;
import org.plaza.campaigns.action.Outcomes.CampaignOutcome;
import org.plaza.campaigns.action.Outcomes.DriveOutcome;
import org.plaza.campaigns.action.Outcomes.PetitionOutcome;
import org.plaza.campaigns.campaign.Campaign;
import org.plaza.campaigns.campaign.CampaignDirectory;
import org.plaza.campaigns.campaign.CampaignSettings;
import org.plaza.starter.find.FindPage;
import org.plaza.starter.find.FindQuery;
import org.plaza.starter.find.Searchable;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriUtils;

/**
 * The archive ({@code /campaigns/archive}): closed campaigns, the most recently closed first, each with what came
 * of its petitions (delivered, answered, won) and comment drives (comments delivered to the public body), so
 * residents see that acting works. Searched and filtered with the starter's find kit; built only from this
 * service's database (the campaigns and the projection of the other services' events).
 */
@Controller
class ArchivePage {

    static final String PATH = "/campaigns/archive";

    private final CampaignDirectory directory;
    private final Outcomes outcomes;
    private final CampaignSettings settings;
    private final Vocabulary vocabulary;
    private final MessageSource messages;
    private final Clock clock;

    ArchivePage(CampaignDirectory directory, Outcomes outcomes, CampaignSettings settings, Vocabulary vocabulary,
            MessageSource messages, Clock clock) {
        this.directory = directory;
        this.outcomes = outcomes;
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String archive(@ModelAttribute("find") FindQuery asked, Locale locale, Model model) {
        ResidentText text = new ResidentText(messages, locale, settings.timeZone(), clock.instant());
        FindQuery find = asked.checked(vocabulary);
        FindPage<Campaign> closed = directory.closed(find, settings.homePageSize(), PATH);
        Map<String, CampaignOutcome> results = outcomes.of(closed.items().stream().map(Campaign::id).toList());
        model.addAttribute("find", find);
        model.addAttribute("page", closed.map(campaign -> card(campaign, results.get(campaign.id()), text)));
        return "resident/archive";
    }

    private ArchiveCard card(Campaign campaign, CampaignOutcome outcome, ResidentText text) {
        Locale language = text.locale();
        var details = campaign.details();
        List<Result> results = new ArrayList<>();
        outcome.petitions().forEach(p -> results.add(petition(p, text)));
        outcome.drives().forEach(d -> results.add(drive(d, text)));
        return new ArchiveCard("/campaigns/" + UriUtils.encodePathSegment(campaign.slug(), "UTF-8"),
                details.title().in(language), details.summary().in(language),
                vocabulary.issueAreaName(details.issueArea(), language),
                details.communities().stream().map(code -> vocabulary.communityName(code, language)).toList(),
                campaign.closedAt() == null ? null : text.message("campaigns.archive.closed",
                        text.longDate(LocalDate.ofInstant(campaign.closedAt(), settings.timeZone()))),
                outcome.petitions().stream().anyMatch(PetitionOutcome::won), results);
    }

    private Result petition(PetitionOutcome petition, ResidentText text) {
        String what;
        if (petition.responseOutcome() != null && petition.respondedOn() != null) {
            what = text.label("campaigns.archive.petition.responded.", petition.responseOutcome());
            what = text.message("campaigns.archive.petition.answer", what, text.longDate(petition.respondedOn()));
        } else if (petition.deliveredOn() != null) {
            what = text.message("campaigns.archive.petition.delivered", text.longDate(petition.deliveredOn()),
                    text.number(petition.deliveredSignatures()), petition.deliveredSignatures());
        } else {
            what = text.message("campaigns.archive.petition.not-delivered");
        }
        return new Result(ResidentLinks.petition(petition.petitionId()),
                title(petition.titleEs(), petition.titleEn(), text), text.message("campaigns.archive.petition"), what,
                petition.won());
    }

    private Result drive(DriveOutcome drive, ResidentText text) {
        String what = drive.deliveredAt() == null ? text.message("campaigns.archive.drive.not-delivered")
                : text.message("campaigns.archive.drive.delivered", text.longDate(LocalDate.ofInstant(drive.deliveredAt(),
                        drive.timeZone() == null ? settings.timeZone() : ZoneId.of(drive.timeZone()))));
        return new Result(ResidentLinks.commentDrive(drive.driveId()), title(drive.titleEs(), drive.titleEn(), text),
                text.message("campaigns.archive.drive"), what, false);
    }

    private static String title(String es, String en, ResidentText text) {
        boolean english = "en".equals(text.locale().getLanguage());
        String preferred = english ? en : es;
        return preferred != null && !preferred.isBlank() ? preferred : (english ? es : en);
    }

    /**
     * A closed campaign in the archive, in the reader's language.
     *
     * @param won whether a petition of it was accepted, in whole or in part
     */
    record ArchiveCard(String href, String title, String summary, String issueArea, List<String> communities,
            String closed, boolean won, List<Result> results) {
    }

    /** What came of one petition or drive: its link, title, kind ("Petition") and outcome in words. */
    record Result(String href, String title, String kind, String outcome, boolean won) {
    }

    /** Residents search closed campaigns by the words of their titles, summaries and stories, in both languages. */
    @Configuration(proxyBeanMethods = false)
    static class Search {

        @Bean
        Searchable campaignSearch() {
            return Searchable.collection("campaigns", "details.title.es", "details.title.en", "details.summary.es",
                    "details.summary.en", "details.story.es", "details.story.en");
        }
    }
}
