package org.plaza.petitions.petition.web;

import java.util.List;
import java.util.Locale;

import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionStatus;
import org.plaza.starter.find.CampaignTopics;
import org.plaza.starter.find.FindPage;
import org.plaza.starter.find.FindQuery;
import org.plaza.starter.find.SearchIndex;
import org.plaza.starter.find.Searchable;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriUtils;

/**
 * The browsable list of petitions ({@code /petitions}): every petition residents may see, newest first, with the
 * starter's find kit: words of its titles, texts and decision-maker in either language (accents and case
 * ignored), its communities, and its campaign's issue area. A plain GET form; no script.
 */
@Controller
class PetitionListPage {

    static final String PATH = "/petitions";
    static final int PAGE_SIZE = 20;
    private static final Sort NEWEST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;
    private final CampaignTopics topics;
    private final Vocabulary vocabulary;

    PetitionListPage(MongoTemplate mongo, CampaignTopics topics, Vocabulary vocabulary) {
        this.mongo = mongo;
        this.topics = topics;
        this.vocabulary = vocabulary;
    }

    @GetMapping(PATH)
    String list(@ModelAttribute("find") FindQuery asked, Locale locale, Model model) {
        FindQuery find = asked.checked(vocabulary);
        Criteria criteria = SearchIndex.allOf(
                Criteria.where("status").in(PetitionStatus.OPEN, PetitionStatus.CLOSED, PetitionStatus.DELIVERED),
                SearchIndex.matching(find.words()),
                find.community() == null ? new Criteria() : Criteria.where("details.communities").is(find.community()),
                topics.itemsOf("campaignId", find.issueArea(), null));
        List<Petition> fetched = mongo.find(Query.query(criteria).with(NEWEST).skip(find.skip(PAGE_SIZE))
                .limit(PAGE_SIZE + 1), Petition.class);
        model.addAttribute("find", find);
        model.addAttribute("page", FindPage.of(fetched, PAGE_SIZE, find, PATH).map(p -> card(p, locale)));
        return "petitions/list";
    }

    private Card card(Petition petition, Locale locale) {
        String language = locale.getLanguage();
        String status = petition.response() != null ? "RESPONDED" : petition.status().name();
        return new Card(PATH + "/" + UriUtils.encodePathSegment(petition.slug(), "UTF-8"), petition.title(language),
                petition.details().decisionMaker(language), status,
                petition.details().communities().stream().map(code -> vocabulary.communityName(code, locale)).toList());
    }

    /** A petition in the list, in the reader's language; {@code status} is a {@code petition.list.status.*} key suffix. */
    record Card(String href, String title, String decisionMaker, String status, List<String> communities) {
    }

    /** Residents search petitions by the words of their titles, texts and decision-makers, in both languages. */
    @Configuration(proxyBeanMethods = false)
    static class Search {

        @Bean
        Searchable petitionSearch() {
            return Searchable.collection("petitions", "details.titleEs", "details.titleEn", "details.textEs",
                    "details.textEn", "details.decisionMakerEs", "details.decisionMakerEn");
        }
    }
}
