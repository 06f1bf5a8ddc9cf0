package org.plaza.insights.stats;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.plaza.insights.projection.Facts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The broadcasts of the campaigns in scope, newest first, each with its outcomes counted from the request facts:
 * a request counts as delivered once it was delivered (also after an earlier failure that staff retried), as failed
 * only while it was never delivered, and as unsubscribed once its link was used.
 */
@Service
public class BroadcastStats {

    private static final Comparator<String> LANGUAGES = Comparator.comparingInt((String language) ->
            switch (language) {
                case "es" -> 0;
                case "en" -> 1;
                default -> 2;
            }).thenComparing(Comparator.naturalOrder());

    private static final String EMAIL = "EMAIL";
    private static final String SMS = "SMS";
    private static final String EMAIL_AND_SMS = "EMAIL_AND_SMS";

    private final MongoTemplate mongo;

    BroadcastStats(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<BroadcastRow> broadcasts(Scope scope) {
        List<Document> docs = mongo.getCollection(Facts.BROADCASTS).find(scope.criteria().getCriteriaObject())
                .into(new ArrayList<>());
        if (docs.isEmpty()) {
            return List.of();
        }
        List<String> ids = docs.stream().map(doc -> doc.getString("_id")).toList();
        Criteria ofThese = Criteria.where("broadcastId").in(ids);
        Map<String, Map<SliceKey, Long>> delivered = outcomes(new Criteria().andOperator(ofThese,
                Criteria.where("deliveredAt").ne(null)));
        Map<String, Map<SliceKey, Long>> failed = outcomes(new Criteria().andOperator(ofThese,
                Criteria.where("failedAt").ne(null), Criteria.where("deliveredAt").is(null)));
        Map<String, Map<SliceKey, Long>> unsubscribed = outcomes(new Criteria().andOperator(ofThese,
                Criteria.where("unsubscribedAt").ne(null)));
        List<BroadcastRow> rows = new ArrayList<>();
        for (Document doc : docs) {
            rows.add(row(doc, delivered.getOrDefault(doc.getString("_id"), Map.of()),
                    failed.getOrDefault(doc.getString("_id"), Map.of()),
                    unsubscribed.getOrDefault(doc.getString("_id"), Map.of())));
        }
        rows.sort(Comparator.comparing(BroadcastRow::sendAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(BroadcastRow::id));
        return rows;
    }

    /**
     * A broadcast's row. Each channel it went by has a slice per language: sent is what that channel queued, skipped
     * the rest of the language's audience ({@code audienceByLanguage}; before texts, queued and skipped add up to it).
     */
    private BroadcastRow row(Document doc, Map<SliceKey, Long> delivered, Map<SliceKey, Long> failed,
            Map<SliceKey, Long> unsubscribed) {
        String channel = doc.getString("channel");
        boolean emails = !SMS.equals(channel);
        boolean texts = SMS.equals(channel) || EMAIL_AND_SMS.equals(channel);
        Map<String, Long> queued = counts(doc.get("queuedByLanguage"));
        Map<String, Long> texted = counts(doc.get("textsQueuedByLanguage"));
        Map<String, Long> audience = doc.get("audienceByLanguage") != null ? counts(doc.get("audienceByLanguage"))
                : plus(queued, counts(doc.get("skippedByLanguage")));
        Map<SliceKey, long[]> slices = new TreeMap<>();
        audience.forEach((language, n) -> {
            if (emails) {
                long sent = queued.getOrDefault(language, 0L);
                long[] slice = slice(slices, new SliceKey(EMAIL, language));
                slice[0] += sent;
                slice[1] += Math.max(0, n - sent);
            }
            if (texts) {
                long sent = texted.getOrDefault(language, 0L);
                long[] slice = slice(slices, new SliceKey(SMS, language));
                slice[0] += sent;
                slice[1] += Math.max(0, n - sent);
            }
        });
        String unknownChannel = emails ? EMAIL : SMS;
        delivered.forEach((key, n) -> slice(slices, key.orChannel(unknownChannel))[2] += n);
        failed.forEach((key, n) -> slice(slices, key.orChannel(unknownChannel))[3] += n);
        unsubscribed.forEach((key, n) -> slice(slices, key.orChannel(unknownChannel))[4] += n);
        List<BroadcastRow.Slice> rows = new ArrayList<>();
        slices.forEach((key, n) -> rows.add(new BroadcastRow.Slice(key.channel(), key.language(), n[0] + n[1], n[0],
                n[1], n[2], n[3], n[4])));
        long textCount = Stats.number(doc, "textsQueued");
        return new BroadcastRow(doc.getString("_id"), doc.getString("subjectEs"), doc.getString("subjectEn"),
                channel == null ? EMAIL : channel, Stats.instant(doc, "sendAt"), Stats.instant(doc, "queuedAt"),
                Stats.number(doc, "audience"), Stats.number(doc, "queued") + textCount, Stats.number(doc, "skipped"),
                sum(delivered), sum(failed), sum(unsubscribed), rows, textCount,
                counts(doc.get("textSegmentsByLanguage")));
    }

    private static Map<String, Long> plus(Map<String, Long> one, Map<String, Long> other) {
        Map<String, Long> sum = new TreeMap<>(one);
        other.forEach((language, n) -> sum.merge(language, n, Long::sum));
        return sum;
    }

    /** Requests matching {@code criteria}, counted per broadcast, channel and language. */
    private Map<String, Map<SliceKey, Long>> outcomes(Criteria criteria) {
        Map<String, Map<SliceKey, Long>> counts = new LinkedHashMap<>();
        for (Document doc : mongo.aggregate(newAggregation(match(criteria),
                group("broadcastId", "channel", "language").count().as("n")), Facts.BROADCAST_OUTCOMES, Document.class)
                .getMappedResults()) {
            Document id = (Document) doc.get("_id");
            counts.computeIfAbsent(id.getString("broadcastId"), k -> new TreeMap<>())
                    .merge(new SliceKey(id.getString("channel"), id.getString("language")), Stats.number(doc, "n"),
                            Long::sum);
        }
        return counts;
    }

    private static long[] slice(Map<SliceKey, long[]> slices, SliceKey key) {
        return slices.computeIfAbsent(key, k -> new long[5]);
    }

    private static long sum(Map<SliceKey, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> counts(Object value) {
        Map<String, Long> counts = new TreeMap<>();
        if (value instanceof Document doc) {
            doc.forEach((key, n) -> counts.put(key, n instanceof Number number ? number.longValue() : 0L));
        }
        return counts;
    }

    /** A channel and a language; either unknown when the facts do not say. */
    private record SliceKey(String channel, String language) implements Comparable<SliceKey> {

        SliceKey {
            channel = channel == null ? Stats.UNKNOWN : channel;
            language = language == null ? Stats.UNKNOWN : language;
        }

        /** An unsubscribe that came before its delivery says no channel: the broadcast's. */
        SliceKey orChannel(String broadcastChannel) {
            return Stats.UNKNOWN.equals(channel) && broadcastChannel != null ? new SliceKey(broadcastChannel, language)
                    : this;
        }

        @Override
        public int compareTo(SliceKey other) {
            int byChannel = channel.compareTo(other.channel);
            return byChannel != 0 ? byChannel : LANGUAGES.compare(language, other.language);
        }
    }
}
