package org.plaza.comments.comment.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.DriveStatus;
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

/**
 * The browsable list of drives open for comment ({@code /comments/drives}), the nearest deadline first, with the
 * starter's find kit: words of the agenda item (title, decision, talking points) and the public body, in either
 * language; the community and the issue area are the drive's campaign's. A plain GET form; no script.
 */
@Controller
class DriveListPage {

    static final String PATH = "/comments/drives";
    static final int PAGE_SIZE = 20;
    private static final Sort NEAREST_DEADLINE = Sort.by(Sort.Order.asc("commentDeadline"), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;
    private final CampaignTopics topics;
    private final Vocabulary vocabulary;
    private final Clock clock;

    DriveListPage(MongoTemplate mongo, CampaignTopics topics, Vocabulary vocabulary, Clock clock) {
        this.mongo = mongo;
        this.topics = topics;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String list(@ModelAttribute("find") FindQuery asked, Locale locale, Model model) {
        FindQuery find = asked.checked(vocabulary);
        Instant now = clock.instant();
        Criteria criteria = SearchIndex.allOf(
                Criteria.where("status").is(DriveStatus.OPEN).and("commentDeadline").gt(now),
                SearchIndex.matching(find.words()),
                topics.itemsOf("campaignId", find.issueArea(), find.community()));
        List<CommentDrive> fetched = mongo.find(Query.query(criteria).with(NEAREST_DEADLINE)
                .skip(find.skip(PAGE_SIZE)).limit(PAGE_SIZE + 1), CommentDrive.class);
        model.addAttribute("find", find);
        model.addAttribute("page", FindPage.of(fetched, PAGE_SIZE, find, PATH).map(d -> DrivePage.of(d, locale, now)));
        return "comments/drives";
    }

    /** Residents search drives by the words of the agenda item and the public body, in both languages. */
    @Configuration(proxyBeanMethods = false)
    static class Search {

        @Bean
        Searchable driveSearch() {
            return Searchable.collection("drives", "content.titleEs", "content.titleEn", "content.decisionEs",
                    "content.decisionEn", "content.talkingPointsEs", "content.talkingPointsEn", "bodyName");
        }
    }
}
