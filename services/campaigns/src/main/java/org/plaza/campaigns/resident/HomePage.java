package org.plaza.campaigns.resident;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.campaigns.action.WaysToAct;
import org.plaza.campaigns.campaign.Campaign;
import org.plaza.campaigns.campaign.CampaignDirectory;
import org.plaza.campaigns.campaign.CampaignSettings;
import org.plaza.campaigns.resident.HomeView.CampaignCard;
import org.plaza.campaigns.resident.HomeView.Option;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The platform's home page ({@code /}): launched campaigns, newest first, filterable by community and
 * issue area with a plain GET form. Unknown filter values are ignored rather than refused.
 */
@Controller
class HomePage {

    private final CampaignDirectory directory;
    private final WaysToAct waysToAct;
    private final CampaignSettings settings;
    private final Vocabulary vocabulary;
    private final MessageSource messages;
    private final PageCaching caching;
    private final Clock clock;
    private final ShortCache<String, HomeView> views;

    HomePage(CampaignDirectory directory, WaysToAct waysToAct, CampaignSettings settings, Vocabulary vocabulary,
            MessageSource messages, PageCaching caching, Clock clock) {
        this.directory = directory;
        this.waysToAct = waysToAct;
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.caching = caching;
        this.clock = clock;
        this.views = new ShortCache<>(settings.pageCacheTime(), clock);
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String community, @RequestParam(required = false) String issueArea,
            @RequestParam(required = false) String page, Locale locale, ServletWebRequest request, Model model) {
        ResidentText text = new ResidentText(messages, locale, settings.timeZone(), clock.instant());
        String chosenCommunity = vocabulary.isCommunity(community) ? community : null;
        String chosenArea = vocabulary.isIssueArea(issueArea) ? issueArea : null;
        int pageIndex = pageIndex(page);
        HomeView view = views.get(chosenCommunity + "|" + chosenArea + "|" + pageIndex + "|"
                + text.locale().getLanguage(), () -> view(chosenCommunity, chosenArea, pageIndex, text));
        if (caching.notModified(request, view, text.locale().getLanguage())) {
            return null;
        }
        model.addAttribute("view", view);
        return "resident/home";
    }

    private HomeView view(String chosenCommunity, String chosenArea, int pageIndex, ResidentText text) {
        CampaignDirectory.Listing listing = directory.launched(chosenCommunity, chosenArea, pageIndex,
                settings.homePageSize());
        Map<String, Integer> ways = waysToAct.countsFor(listing.campaigns().stream().map(Campaign::id).toList());
        List<CampaignCard> cards = listing.campaigns().stream().map(c -> card(c, ways, text)).toList();

        return new HomeView(heading(chosenCommunity, chosenArea, text),
                vocabulary.communities().stream().map(c -> new Option(c.code(), c.name(text.locale()))).toList(),
                vocabulary.issueAreas().stream().map(a -> new Option(a.code(), a.name(text.locale()))).toList(),
                chosenCommunity == null ? "" : chosenCommunity, chosenArea == null ? "" : chosenArea,
                text.message("campaigns.home.found", cards.size()), cards,
                pageIndex > 0 ? pageLink(chosenCommunity, chosenArea, pageIndex - 1) : null,
                listing.more() ? pageLink(chosenCommunity, chosenArea, pageIndex + 1) : null,
                chosenCommunity != null || chosenArea != null);
    }

    private CampaignCard card(Campaign campaign, Map<String, Integer> ways, ResidentText text) {
        var details = campaign.details();
        return new CampaignCard("/campaigns/" + UriUtils.encodePathSegment(campaign.slug(), "UTF-8"),
                details.title().in(text.locale()), details.summary().in(text.locale()),
                vocabulary.issueAreaName(details.issueArea(), text.locale()),
                details.communities().stream().map(code -> vocabulary.communityName(code, text.locale())).toList(),
                text.message("campaigns.card.ways", ways.getOrDefault(campaign.id(), 0)));
    }

    private String heading(String community, String area, ResidentText text) {
        if (community == null && area == null) {
            return text.message("campaigns.home.heading");
        }
        List<String> filters = new ArrayList<>();
        if (community != null) {
            filters.add(vocabulary.communityName(community, text.locale()));
        }
        if (area != null) {
            filters.add(vocabulary.issueAreaName(area, text.locale()));
        }
        return text.message("campaigns.home.heading.filtered", String.join(" · ", filters));
    }

    private static String pageLink(String community, String area, int pageIndex) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/");
        if (community != null) {
            link.queryParam("community", community);
        }
        if (area != null) {
            link.queryParam("issueArea", area);
        }
        if (pageIndex > 0) {
            link.queryParam("page", pageIndex + 1);
        }
        return link.build().toUriString();
    }

    /** Pages are numbered from 1 in the address; anything unreadable is the first page. */
    private static int pageIndex(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page), 10_000) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
