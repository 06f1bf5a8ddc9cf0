package org.plaza.outreach.shift.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.plaza.outreach.shift.ShiftService;
import org.plaza.outreach.shift.ShiftViews;
import org.plaza.starter.find.CampaignTopics;
import org.plaza.starter.find.FindQuery;
import org.plaza.starter.find.SearchIndex;
import org.plaza.starter.find.Searchable;
import org.plaza.starter.layout.PageMeta;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.starter.share.ShareLinks;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages: upcoming shifts (of a campaign, a community), a page at a time, and one shift, with the way to sign up. */
@Controller
@RequestMapping("/outreach/shifts")
class ShiftPages {

    private final ShiftService shifts;
    private final ShiftViews views;
    private final Vocabulary vocabulary;
    private final PageMeta pageMeta;
    private final CampaignTopics topics;

    ShiftPages(ShiftService shifts, ShiftViews views, Vocabulary vocabulary, PageMeta pageMeta, CampaignTopics topics) {
        this.pageMeta = pageMeta;
        this.topics = topics;
        this.shifts = shifts;
        this.views = views;
        this.vocabulary = vocabulary;
    }

    /**
     * One page of upcoming shifts, searched and filtered with the starter's find kit (words, community, issue area),
     * optionally of one campaign (kept by the form and the page links), with plain links to the pages around it.
     */
    @GetMapping
    String list(@ModelAttribute("find") FindQuery asked, @RequestParam(required = false) String campaign,
            Locale locale, Model model) {
        FindQuery find = asked.checked(vocabulary);
        String campaignId = campaign == null || campaign.isBlank() ? null : campaign;
        Criteria campaigns = SearchIndex.allOf(
                campaignId == null ? new Criteria() : Criteria.where("campaignId").is(campaignId),
                topics.itemsOf("campaignId", find.issueArea(), null));
        String path = campaignId == null ? "/outreach/shifts"
                : "/outreach/shifts?campaign=" + URLEncoder.encode(campaignId, StandardCharsets.UTF_8);
        model.addAttribute("find", find);
        model.addAttribute("page", views.find(find, campaigns, path, locale));
        model.addAttribute("campaign", campaignId);
        model.addAttribute("kept", campaignId == null ? null : Map.of("campaign", campaignId));
        return "outreach/shifts";
    }

    @GetMapping("/{shiftId}")
    String shift(@PathVariable String shiftId, Locale locale, Model model) {
        var shift = views.view(shifts.get(shiftId), locale);
        model.addAttribute("shift", shift);
        model.addAttribute("share", ShareLinks.of(
                pageMeta.absolute(ResidentLinks.shift(shiftId) + "?lang=" + locale.getLanguage()),
                shift.title(), shift.title()));
        return "outreach/shift";
    }

    /** Residents search shifts by the words of their titles, descriptions and addresses, in both languages. */
    @Configuration(proxyBeanMethods = false)
    static class Search {

        @Bean
        Searchable shiftSearch() {
            return Searchable.collection("shifts", "titleEs", "titleEn", "descriptionEs", "descriptionEn", "address");
        }
    }
}
