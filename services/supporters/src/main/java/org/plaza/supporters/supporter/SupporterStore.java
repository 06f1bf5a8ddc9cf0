package org.plaza.supporters.supporter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.plaza.starter.mongo.Retries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The supporter store: the only way to change a supporter, and the way to read many without holding them all.
 * A change loads the document (or starts a newcomer), applies an idempotent domain method, saves with optimistic
 * locking (retrying on a concurrent writer, and on a concurrent first insert), then updates the {@link SupporterIndex}.
 * At start-up, before any consumer or page runs, it fills the index from the collection.
 */
@Component
public class SupporterStore implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SupporterStore.class);
    private static final int ATTEMPTS = 10;
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final Supporters supporters;
    private final SupporterIndex index;
    private final Clock clock;

    public SupporterStore(MongoTemplate mongo, Supporters supporters, SupporterIndex index, Clock clock) {
        this.mongo = mongo;
        this.supporters = supporters;
        this.index = index;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        try (Stream<Supporter> all = mongo.stream(new Query(), Supporter.class)) {
            all.forEach(index::put);
        }
        log.info("Supporter index filled with {} supporters in {} ms", index.size(), (System.nanoTime() - started) / 1_000_000);
    }

    public Optional<Supporter> find(String supporterId) {
        return supporters.findById(supporterId);
    }

    /**
     * Applies {@code change} (which answers whether it changed anything) to the supporter, creating them if
     * {@code create} and they are unknown. Returns the supporter as saved (or as found, when nothing changed).
     */
    public Optional<Supporter> change(String supporterId, boolean create, BiPredicate<Supporter, Instant> change) {
        return Retries.onConflictOrDuplicateKey(ATTEMPTS, () -> {
            Instant now = clock.instant();
            Optional<Supporter> found = supporters.findById(supporterId);
            if (found.isEmpty() && !create) {
                return Optional.empty();
            }
            Supporter supporter = found.orElseGet(() -> Supporter.newcomer(supporterId, now));
            if (!change.test(supporter, now)) {
                return found;
            }
            Supporter saved = supporters.save(supporter);
            index.put(saved);
            return Optional.of(saved);
        });
    }

    /** Removes a supporter's record and their profile from the index (erasure). */
    public void remove(String supporterId) {
        supporters.deleteById(supporterId);
        index.remove(supporterId);
    }

    /**
     * Hands the supporters with these ids to {@code each}, in this order, reading {@value #BATCH} documents at a
     * time: memory stays flat however many ids there are. Ids removed meanwhile are skipped.
     */
    public void forEach(List<String> ids, Consumer<Supporter> each) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<String, Supporter> byId = new HashMap<>();
            mongo.find(Query.query(Criteria.where("_id").in(batch)), Supporter.class).forEach(s -> byId.put(s.id(), s));
            for (String id : batch) {
                Supporter supporter = byId.get(id);
                if (supporter != null) {
                    each.accept(supporter);
                }
            }
        }
    }

    /** The supporters with these ids, in this order (one page). */
    public List<Supporter> load(List<String> ids) {
        List<Supporter> loaded = new ArrayList<>(ids.size());
        forEach(ids, loaded::add);
        return loaded;
    }
}
