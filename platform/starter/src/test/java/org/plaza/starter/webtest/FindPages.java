package org.plaza.starter.webtest;

import java.util.List;

import org.plaza.starter.find.FindPage;
import org.plaza.starter.find.FindQuery;
import org.plaza.starter.find.SearchIndex;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** A resident list built with the find kit: items searched by their words, filtered by community, two a page. */
@Controller
public class FindPages {

    public static final String COLLECTION = "find_items";
    static final int PAGE_SIZE = 2;

    /** An item of the list; its words are kept by the kit. */
    @Document(COLLECTION)
    public record Item(@Id String id, String titleEs, String titleEn, List<String> tags, String community) {
    }

    private final MongoTemplate mongo;
    private final Vocabulary vocabulary;

    FindPages(MongoTemplate mongo, Vocabulary vocabulary) {
        this.mongo = mongo;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/find-items")
    String list(@ModelAttribute("find") FindQuery asked, Model model) {
        FindQuery find = asked.checked(vocabulary);
        Criteria criteria = SearchIndex.matching(find.words());
        if (find.community() != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("community").is(find.community()));
        }
        List<Item> fetched = mongo.find(Query.query(criteria).with(Sort.by("_id")).skip(find.skip(PAGE_SIZE))
                .limit(PAGE_SIZE + 1), Item.class);
        model.addAttribute("find", find);
        model.addAttribute("page", FindPage.of(fetched, PAGE_SIZE, find, "/find-items").map(Item::titleEs));
        return "test-find";
    }
}
