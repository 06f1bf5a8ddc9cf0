package org.plaza.starter.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.bson.Document;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One collection in which a service keeps residents' personal data, declared as a bean; the kit
 * ({@link PersonalDataRetention}) anonymizes its documents after the retention period and, on
 * {@code SupporterErased}, every document of that supporter at once.
 *
 * <pre>{@code
 * @Bean PersonalDataHolder signatureHolder(PetitionSettings settings, PetitionService petitions) {
 *     return PersonalDataHolder.in("signatures")                 // documents find their person in supporterId
 *             .unset("signer", "credentials").markedAt("anonymizedAt").versioned()
 *             .afterItemClosed(ClosedItems.in("petitions").linkedBy("petitionId").markedAt("signersAnonymizedAt")
 *                     .after(settings.retention().anonymizeAfter()).markedBy(petitions::signersAnonymized))
 *             .build();
 * }
 * }</pre>
 *
 * <ul>
 * <li><b>What is erased</b>: fields {@link Builder#unset unset}, fields {@link Builder#set set} to a replacement
 * value, counters {@link Builder#increment incremented} (a link generation, so old links stop working); what the
 * erasure of one person removes on top of the scheduled anonymization ({@link Builder#onErasureAlsoUnset}, such as
 * a comment's text, which stays as public record after the retention period); or the whole documents
 * ({@link Builder#deleted}, for what is worth nothing without the person, such as an unconfirmed sign-up).</li>
 * <li><b>The marker</b> ({@code anonymizedAt} by default) is set to the time of the first anonymization; documents
 * with it are not anonymized again by the schedule. {@link Builder#versioned} also increments {@code version}, so a
 * concurrent save of an older copy of an {@code OutboxAggregate} fails instead of writing the data back.</li>
 * <li><b>When</b>: {@link Builder#afterItemClosed} (its item closed a retention period ago), {@link Builder#dueWhen}
 * (a condition on the document at a given time, with an optional {@link Postponement}), or neither (erasure only).</li>
 * </ul>
 */
public final class PersonalDataHolder {

    /** Looks again at a due document and keeps it for now (e.g. a later activity found elsewhere), true to skip it. */
    @FunctionalInterface
    public interface Postponement {
        boolean postpone(Document document, Instant now);
    }

    private final String collection;
    private final List<String> supporterFields;
    private final List<String> unset;
    private final Map<String, Object> set;
    private final List<String> increment;
    private final List<String> erasureUnset;
    private final Map<String, Object> erasureSet;
    /**
     * The schedule deletes a document only once its outbox is empty: an aggregate whose events (a confirmed
     * sign-up's hand-over to the supporters service) the relay has not published yet would take them with it
     * while Kafka is down. It is deleted at the first run after they are out. An erasure deletes it at once.
     */
    private static final Criteria NOTHING_TO_PUBLISH = new Criteria().orOperator(
            where(OutboxAggregate.OUTBOX_FIELD).is(null), where(OutboxAggregate.OUTBOX_FIELD).size(0));

    private final boolean deleted;
    private final String marker;
    private final boolean versioned;
    private final ClosedItems closedItems;
    private final Function<Instant, Criteria> dueWhen;
    private final Postponement postponement;

    private PersonalDataHolder(Builder b) {
        this.collection = b.collection;
        this.supporterFields = List.copyOf(b.supporterFields);
        this.unset = List.copyOf(b.unset);
        this.set = new LinkedHashMap<>(b.set);
        this.increment = List.copyOf(b.increment);
        this.erasureUnset = List.copyOf(b.erasureUnset);
        this.erasureSet = new LinkedHashMap<>(b.erasureSet);
        this.deleted = b.deleted;
        this.marker = b.marker;
        this.versioned = b.versioned;
        this.closedItems = b.closedItems;
        this.dueWhen = b.dueWhen;
        this.postponement = b.postponement;
    }

    /** Starts the declaration of the holder {@code collection}. */
    public static Builder in(String collection) {
        return new Builder(collection);
    }

    public String collection() {
        return collection;
    }

    /** Whether the schedule looks at it (otherwise only an erasure does). */
    public boolean scheduled() {
        return closedItems != null || dueWhen != null;
    }

    /** Anonymizes (or deletes) every document of the supporter; returns how many changed. */
    long erase(MongoTemplate mongo, String supporterId, Instant at) {
        Criteria ofSupporter = ofSupporter(supporterId);
        if (deleted) {
            return mongo.remove(Query.query(ofSupporter), collection).getDeletedCount();
        }
        long changed = mongo.updateMulti(Query.query(new Criteria().andOperator(ofSupporter, where(marker).is(null))),
                erasure(at, true), collection).getModifiedCount();
        if (!erasureUnset.isEmpty() || !erasureSet.isEmpty()) {
            changed += mongo.updateMulti(Query.query(new Criteria().andOperator(ofSupporter, where(marker).ne(null))),
                    erasure(at, false), collection).getModifiedCount();
        }
        return changed;
    }

    /** Anonymizes (or deletes) what is due at {@code now}; returns how many documents changed. */
    long anonymizeDue(MongoTemplate mongo, Instant now) {
        if (closedItems != null) {
            long changed = 0;
            for (String itemId : closedItems.due(mongo, now)) {
                changed += anonymizeWhere(mongo, closedItems.documentsOf(itemId), now);
                closedItems.done(mongo, itemId, now);
            }
            return changed;
        }
        if (dueWhen == null) {
            return 0;
        }
        Criteria due = dueWhen.apply(now);
        if (postponement == null) {
            return anonymizeWhere(mongo, due, now);
        }
        long changed = 0;
        for (Document document : mongo.find(Query.query(pending(due)), Document.class, collection)) {
            if (!postponement.postpone(document, now)) {
                changed += anonymizeWhere(mongo, where("_id").is(document.get("_id")), now);
            }
        }
        return changed;
    }

    private long anonymizeWhere(MongoTemplate mongo, Criteria which, Instant now) {
        if (deleted) {
            return mongo.remove(Query.query(new Criteria().andOperator(which, NOTHING_TO_PUBLISH)), collection)
                    .getDeletedCount();
        }
        return mongo.updateMulti(Query.query(pending(which)), anonymization(now), collection).getModifiedCount();
    }

    private Criteria pending(Criteria which) {
        return deleted ? which : new Criteria().andOperator(which, where(marker).is(null));
    }

    private Criteria ofSupporter(String supporterId) {
        if (supporterFields.size() == 1) {
            return where(supporterFields.get(0)).is(supporterId);
        }
        return new Criteria().orOperator(supporterFields.stream().map(f -> where(f).is(supporterId)).toList());
    }

    Update anonymization(Instant at) {
        Update update = new Update();
        unset.forEach(update::unset);
        set.forEach(update::set);
        increment.forEach(field -> update.inc(field, 1));
        update.set(marker, at);
        if (versioned) {
            update.inc("version", 1);
        }
        return update;
    }

    private Update erasure(Instant at, boolean first) {
        Update update = new Update();
        unset.forEach(update::unset);
        erasureUnset.forEach(update::unset);
        set.forEach(update::set);
        erasureSet.forEach(update::set);
        if (first) {
            increment.forEach(field -> update.inc(field, 1));
            update.set(marker, at);
        }
        if (versioned) {
            update.inc("version", 1);
        }
        return update;
    }

    /** The declaration of one holder; {@link #build} checks it. */
    public static final class Builder {

        private final String collection;
        private final List<String> supporterFields = new ArrayList<>(List.of("supporterId"));
        private final List<String> unset = new ArrayList<>();
        private final Map<String, Object> set = new LinkedHashMap<>();
        private final List<String> increment = new ArrayList<>();
        private final List<String> erasureUnset = new ArrayList<>();
        private final Map<String, Object> erasureSet = new LinkedHashMap<>();
        private boolean deleted;
        private String marker = "anonymizedAt";
        private boolean versioned;
        private ClosedItems closedItems;
        private Function<Instant, Criteria> dueWhen;
        private Postponement postponement;

        private Builder(String collection) {
            this.collection = Objects.requireNonNull(collection, "collection");
        }

        /** The fields that name the document's person; any of them matching is theirs. Default {@code supporterId}. */
        public Builder supporterIdIn(String... fields) {
            supporterFields.clear();
            supporterFields.addAll(List.of(fields));
            return this;
        }

        /** Fields removed by both the schedule and an erasure. */
        public Builder unset(String... fields) {
            unset.addAll(List.of(fields));
            return this;
        }

        /** A field replaced by {@code value} by both the schedule and an erasure. */
        public Builder set(String field, Object value) {
            set.put(field, value);
            return this;
        }

        /** A counter raised by one on the first anonymization (a link generation: older links stop working). */
        public Builder increment(String field) {
            increment.add(field);
            return this;
        }

        /** Fields an erasure removes on top of the scheduled anonymization, also from documents anonymized before. */
        public Builder onErasureAlsoUnset(String... fields) {
            erasureUnset.addAll(List.of(fields));
            return this;
        }

        /** A field an erasure replaces on top of the scheduled anonymization. */
        public Builder onErasureAlsoSet(String field, Object value) {
            erasureSet.put(field, value);
            return this;
        }

        /** The documents are deleted instead of blanked. */
        public Builder deleted() {
            this.deleted = true;
            return this;
        }

        /** The field that records when a document was anonymized; {@code anonymizedAt} unless said otherwise. */
        public Builder markedAt(String field) {
            this.marker = field;
            return this;
        }

        /** The documents carry a {@code version} (an {@code OutboxAggregate}): every change increments it. */
        public Builder versioned() {
            this.versioned = true;
            return this;
        }

        /** Due a retention period after the item they belong to closed. */
        public Builder afterItemClosed(ClosedItems items) {
            this.closedItems = items;
            return this;
        }

        /** Due when they match the condition computed for the run's time (e.g. inactive since a cutoff). */
        public Builder dueWhen(Function<Instant, Criteria> condition) {
            this.dueWhen = condition;
            return this;
        }

        /** With {@link #dueWhen}: each due document is looked at once more, and kept if this says so. */
        public Builder postponeIf(Postponement postponement) {
            this.postponement = postponement;
            return this;
        }

        public PersonalDataHolder build() {
            if (supporterFields.isEmpty()) {
                throw new IllegalStateException("Holder " + collection + " needs the field that names the supporter");
            }
            if (!deleted && unset.isEmpty() && set.isEmpty() && erasureUnset.isEmpty() && erasureSet.isEmpty()) {
                throw new IllegalStateException("Holder " + collection + " erases nothing: unset, set or deleted");
            }
            if (closedItems != null && dueWhen != null) {
                throw new IllegalStateException("Holder " + collection + " is due either after its item closed or when a condition holds");
            }
            if (postponement != null && dueWhen == null) {
                throw new IllegalStateException("Holder " + collection + ": postponeIf needs dueWhen");
            }
            if (closedItems != null) {
                closedItems.check(collection);
            }
            return new PersonalDataHolder(this);
        }
    }
}
