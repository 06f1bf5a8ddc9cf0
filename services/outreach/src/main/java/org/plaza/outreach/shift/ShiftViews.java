package org.plaza.outreach.shift;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.plaza.outreach.support.OutreachSettings;
import org.plaza.outreach.support.Times;
import org.plaza.outreach.training.TrainingSeries;
import org.plaza.outreach.training.Trainings;
import org.plaza.starter.find.FindPage;
import org.plaza.starter.find.FindQuery;
import org.plaza.starter.find.SearchIndex;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Turns shifts into views for a language, with their places as the ledger has them now. Lists are read a page
 * at a time with a bounded number of queries: one for the shifts, one for all their ledgers, one for all the
 * trainings they name.
 */
@Component
public class ShiftViews {

    private static final Sort SOONEST = Sort.by(Sort.Order.asc("startsAt"), Sort.Order.asc("_id"));

    private final Seats seats;
    private final Trainings trainings;
    private final Vocabulary vocabulary;
    private final Times times;
    private final MongoTemplate mongo;
    private final int pageSize;
    private final Clock clock;

    ShiftViews(Seats seats, Trainings trainings, Vocabulary vocabulary, Times times, MongoTemplate mongo,
            OutreachSettings settings, Clock clock) {
        this.seats = seats;
        this.trainings = trainings;
        this.vocabulary = vocabulary;
        this.times = times;
        this.mongo = mongo;
        this.pageSize = Math.max(1, settings.shiftPageSize());
        this.clock = clock;
    }

    /**
     * One page of a list of shifts.
     *
     * @param number      1 for the first page
     * @param hasPrevious whether a page comes before it
     * @param hasNext     whether a page comes after it
     */
    public record Page(List<ShiftView> shifts, int number, boolean hasPrevious, boolean hasNext) {
    }

    public ShiftView view(Shift shift, Locale locale) {
        return view(shift, seats.ledger(shift.id()), named(List.of(shift)), locale);
    }

    /** Views of several shifts, in their order, with two queries whatever their number. */
    public List<ShiftView> views(List<Shift> list, Locale locale) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<String, Seats.Ledger> ledgers = seats.ledgers(list.stream().map(Shift::id).toList());
        Map<String, TrainingSeries> named = named(list);
        return list.stream().map(s -> view(s, Optional.ofNullable(ledgers.get(s.id())), named, locale)).toList();
    }

    /** The trainings the shifts require or belong to, in one query (none when they name none). */
    private Map<String, TrainingSeries> named(Collection<Shift> list) {
        List<String> ids = list.stream().flatMap(s -> Stream.of(s.requiredTrainingId(), s.trainingId()))
                .filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : trainings.findAllById(ids).stream()
                .collect(Collectors.toMap(TrainingSeries::id, Function.identity()));
    }

    private ShiftView view(Shift shift, Optional<Seats.Ledger> ledger, Map<String, TrainingSeries> named, Locale locale) {
        int openSpots = ledger.map(Seats.Ledger::openSpots).orElse(shift.capacity());
        int waiting = ledger.map(l -> l.waitlist().size()).orElse(0);
        String trainingTitle = Optional.ofNullable(shift.requiredTrainingId()).map(named::get)
                .map(t -> t.title(locale)).orElse(null);
        String session = Optional.ofNullable(shift.trainingId()).map(named::get)
                .filter(t -> t.sessions() > 1).map(t -> shift.sessionNumber() + " / " + t.sessions()).orElse(null);
        return new ShiftView(shift.id(), shift.campaignId(), shift.activity().name(), shift.title(locale),
                shift.description(locale), shift.community(), vocabulary.communityName(shift.community(), locale), shift.address(),
                times.span(shift.startsAt(), shift.endsAt(), locale), shift.startsAt(), shift.endsAt(), shift.capacity(),
                openSpots, waiting, shift.minimumVolunteers(), shift.languagesNeeded(), shift.roles(),
                shift.requiredTrainingId(), trainingTitle, shift.trainingId(), session, shift.status().name(),
                shift.isOpenFor(clock.instant()));
    }

    /**
     * One page of the upcoming shifts open to sign-ups, soonest first, optionally of one campaign and one
     * community. A page number below 1 is the first page; one past the end is empty.
     */
    public Page upcoming(String campaignId, String community, int page, Locale locale) {
        int number = Math.max(1, page);
        Criteria criteria = upcoming();
        if (campaignId != null && !campaignId.isBlank()) {
            criteria = criteria.and("campaignId").is(campaignId);
        }
        if (community != null && !community.isBlank()) {
            criteria = criteria.and("community").is(community);
        }
        long skip = (long) (number - 1) * pageSize;
        List<Shift> found = mongo.find(Query.query(criteria).with(SOONEST).skip(skip).limit(pageSize + 1), Shift.class);
        boolean hasNext = found.size() > pageSize;
        return new Page(views(hasNext ? found.subList(0, pageSize) : found, locale), number, number > 1, hasNext);
    }

    /**
     * The page of upcoming shifts open to sign-ups that a resident's search asks for, soonest first: the words of
     * the title, description and address (the starter's find kit), the shift's community, and {@code campaigns}
     * (its campaign, or the campaigns of the issue area asked for). The page links keep the query on {@code path}.
     */
    public FindPage<ShiftView> find(FindQuery find, Criteria campaigns, String path, Locale locale) {
        Criteria criteria = SearchIndex.allOf(upcoming(), SearchIndex.matching(find.words()), campaigns,
                find.community() == null ? new Criteria() : Criteria.where("community").is(find.community()));
        List<Shift> found = mongo.find(Query.query(criteria).with(SOONEST).skip(find.skip(pageSize))
                .limit(pageSize + 1), Shift.class);
        FindPage<Shift> page = FindPage.of(found, pageSize, find, path);
        return new FindPage<>(views(page.items(), locale), page.number(), page.previousHref(), page.nextHref());
    }

    /**
     * At most {@code limit} upcoming shifts open to sign-ups for a volunteer of {@code community}: theirs first,
     * then others, soonest first, leaving out {@code excluded}. Two queries for the shifts at most.
     */
    public List<ShiftView> upcomingFor(String community, Collection<String> excluded, int limit, Locale locale) {
        Query own = Query.query(upcoming().and("community").is(community).and("_id").nin(excluded)).with(SOONEST)
                .limit(limit);
        List<Shift> found = new ArrayList<>(community == null ? List.of() : mongo.find(own, Shift.class));
        if (found.size() < limit) {
            Criteria others = upcoming().and("_id").nin(excluded);
            if (community != null) {
                others = others.and("community").ne(community);
            }
            found.addAll(mongo.find(Query.query(others).with(SOONEST).limit(limit - found.size()), Shift.class));
        }
        return views(found, locale);
    }

    private Criteria upcoming() {
        return Criteria.where("status").is(Shift.Status.SCHEDULED).and("startsAt").gt(clock.instant());
    }

    /** The training's title in the reader's language, if it exists. */
    public Optional<String> trainingTitle(String trainingId, Locale locale) {
        return Optional.ofNullable(trainingId).flatMap(trainings::findById).map(t -> t.title(locale));
    }

    public Optional<TrainingSeries> training(String trainingId) {
        return Optional.ofNullable(trainingId).flatMap(trainings::findById);
    }
}
