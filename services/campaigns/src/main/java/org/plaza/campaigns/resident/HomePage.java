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
import org.plaza.starter.find.FindPage;
import org.plaza.starter.find.FindQuery;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.UriUtils;

/**
 * The platform's home page ({@code /}): launched campaigns, newest first, searched and filtered by community and
 * issue area with the starter's find kit (a plain GET form, a page of results, links to the pages around it).
 * Unknown filter values are ignored rather than refused.
 */
@Controller
class HomePage {

    static final String PATH = "/";

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

    @GetMapping(PATH)
    String home(@ModelAttribute("find") FindQuery asked, Locale locale, ServletWebRequest request, Model model) {
        ResidentText text = new ResidentText(messages, locale, settings.timeZone(), clock.instant());
        FindQuery find = asked.checked(vocabulary);
        HomeView view = views.get(find.text() + "|" + find.community() + "|" + find.issueArea() + "|"
                + find.pageNumber() + "|" + text.locale().getLanguage(), () -> view(find, text));
        if (caching.notModified(request, view, text.locale().getLanguage())) {
            return null;
        }
        model.addAttribute("find", find);
        model.addAttribute("view", view);
        return "resident/home";
    }

    private HomeView view(FindQuery find, ResidentText text) {
        FindPage<Campaign> launched = directory.launched(find, settings.homePageSize(), PATH);
        Map<String, Integer> ways = waysToAct.countsFor(launched.items().stream().map(Campaign::id).toList());
        return new HomeView(heading(find.community(), find.issueArea(), text),
                text.message("campaigns.home.found", launched.items().size()), find,
                launched.map(campaign -> card(campaign, ways, text)));
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
}
