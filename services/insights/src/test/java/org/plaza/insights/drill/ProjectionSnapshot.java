package org.plaza.insights.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.bson.Document;

import com.mongodb.client.MongoDatabase;

/**
 * Every document of every insights projection collection ({@code insights_*}, except the log of
 * replay runs), by collection and {@code _id}: what a drill compares before and after a fault.
 */
record ProjectionSnapshot(SortedMap<String, SortedMap<String, Document>> collections) {

    static final String PREFIX = "insights_";
    static final String REPLAY_RUNS = "insights_replays";

    static ProjectionSnapshot of(MongoDatabase database) {
        SortedMap<String, SortedMap<String, Document>> collections = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            if (name.startsWith(PREFIX) && !name.equals(REPLAY_RUNS)) {
                SortedMap<String, Document> documents = new TreeMap<>();
                for (Document document : database.getCollection(name).find()) {
                    documents.put(String.valueOf(document.get("_id")), document);
                }
                collections.put(name, documents);
            }
        }
        return new ProjectionSnapshot(collections);
    }

    long documents() {
        return collections.values().stream().mapToLong(Map::size).sum();
    }

    /** Documents per collection, for messages. */
    Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new TreeMap<>();
        collections.forEach((name, documents) -> sizes.put(name, documents.size()));
        return sizes;
    }

    /** What differs from another snapshot: missing, extra and changed documents (at most {@code limit} lines). */
    List<String> differencesFrom(ProjectionSnapshot other, int limit) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(collections.keySet());
        names.addAll(other.collections.keySet());
        for (String name : names) {
            SortedMap<String, Document> mine = collections.getOrDefault(name, new TreeMap<>());
            SortedMap<String, Document> theirs = other.collections.getOrDefault(name, new TreeMap<>());
            TreeSet<String> ids = new TreeSet<>(mine.keySet());
            ids.addAll(theirs.keySet());
            for (String id : ids) {
                Document before = theirs.get(id);
                Document after = mine.get(id);
                if (!Objects.equals(before, after)) {
                    differences.add(name + " " + id + ": before " + json(before) + " after " + json(after));
                    if (differences.size() >= limit) {
                        return differences;
                    }
                }
            }
        }
        return differences;
    }

    private static String json(Document document) {
        return document == null ? "(none)" : document.toJson();
    }
}
