package org.plaza.testsupport.mongo;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The number of documents in each collection of a database, by collection name. */
public final class DocumentCounts {

    private DocumentCounts() {
    }

    /** The counts now. */
    public static Map<String, Long> of(MongoTemplate mongo) {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : mongo.getCollectionNames()) {
            counts.put(name, mongo.getCollection(name).countDocuments());
        }
        return counts;
    }

    /**
     * The counts once what earlier tests left in flight (deliveries, projections) has stopped changing them: two reads
     * 500 ms apart agree.
     */
    public static Map<String, Long> settled(MongoTemplate mongo) {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(of(mongo));
        return await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ofMillis(500))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    Map<String, Long> now = of(mongo);
                    return now.equals(last.getAndSet(now)) ? now : null;
                }, counts -> counts != null);
    }
}
