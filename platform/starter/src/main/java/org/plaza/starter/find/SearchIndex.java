package org.plaza.starter.find;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Keeps the {@link Searchable#FIELD word index} of every {@link Searchable} collection of a service: each document
 * saved or inserted through Spring Data gets its words in the same write (before-save), and at start-up the index
 * is created and documents written before the collection was searchable get theirs. {@link #matching} is the
 * query side: every word of the query must begin one of the document's words, as an anchored regular expression
 * on the indexed array, built only from letters and digits, never from the raw input.
 */
public class SearchIndex extends AbstractMongoEventListener<Object> {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final MongoTemplate mongo;
    private final Map<String, Searchable> byCollection;

    public SearchIndex(MongoTemplate mongo, Collection<Searchable> searchables) {
        this.mongo = mongo;
        this.byCollection = searchables.stream()
                .collect(Collectors.toMap(Searchable::collection, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("Two Searchable beans for the collection " + a.collection());
                }));
    }

    /**
     * The condition "every word of {@code words} begins a word of the document"; no condition when there are none.
     * Words come from {@link SearchText#queryWords}, so they hold only letters and digits.
     */
    public static Criteria matching(List<String> words) {
        if (words.isEmpty()) {
            return new Criteria();
        }
        List<Criteria> each = new ArrayList<>();
        for (String word : words) {
            each.add(Criteria.where(Searchable.FIELD).regex("^" + literal(word)));
        }
        return each.size() == 1 ? each.get(0) : new Criteria().andOperator(each);
    }

    /** All of the conditions, leaving out empty ones (no filter); no condition when all are empty. */
    public static Criteria allOf(Criteria... conditions) {
        List<Criteria> given = java.util.Arrays.stream(conditions)
                .filter(c -> c != null && !c.getCriteriaObject().isEmpty()).toList();
        return given.isEmpty() ? new Criteria() : given.size() == 1 ? given.get(0) : new Criteria().andOperator(given);
    }

    /** The word as a regular expression that matches only itself (a backslash before anything not a letter or digit). */
    static String literal(String word) {
        StringBuilder literal = new StringBuilder(word.length());
        word.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                literal.append('\\');
            }
            literal.appendCodePoint(c);
        });
        return literal.toString();
    }

    /** The words of a stored document, read from the fields {@code searchable} names. */
    public static List<String> wordsOf(Document document, Searchable searchable) {
        List<String> texts = new ArrayList<>();
        for (String path : searchable.fields()) {
            collect(document, path.split("\\."), 0, texts);
        }
        return SearchText.indexWords(texts);
    }

    private static void collect(Object value, String[] path, int at, List<String> texts) {
        if (value instanceof Collection<?> values) {
            values.forEach(v -> collect(v, path, at, texts));
        } else if (at == path.length) {
            if (value instanceof String text) {
                texts.add(text);
            }
        } else if (value instanceof Document document) {
            collect(document.get(path[at]), path, at + 1, texts);
        }
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Object> event) {
        Searchable searchable = event.getCollectionName() == null ? null : byCollection.get(event.getCollectionName());
        Document document = event.getDocument();
        if (searchable != null && document != null) {
            document.put(Searchable.FIELD, wordsOf(document, searchable));
        }
    }

    /** Prepares every searchable collection ({@link #prepare}); at start-up, once the service is ready. */
    public void prepareAll() {
        byCollection.values().forEach(this::prepare);
    }

    /** Creates the index and gives every document without words its words (each update only while it has none). */
    void prepare(Searchable searchable) {
        mongo.indexOps(searchable.collection())
                .createIndex(new Index().on(Searchable.FIELD, Sort.Direction.ASC).named("plaza_search_words"));
        Query missing = Query.query(Criteria.where(Searchable.FIELD).exists(false));
        searchable.fields().forEach(field -> missing.fields().include(field));
        int filled = 0;
        for (Document document : mongo.find(missing, Document.class, searchable.collection())) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))
                    .and(Searchable.FIELD).exists(false)),
                    new Update().set(Searchable.FIELD, wordsOf(document, searchable)), searchable.collection());
            filled++;
        }
        if (filled > 0) {
            log.info("Indexed the words of {} documents of {}", filled, searchable.collection());
        }
    }
}
