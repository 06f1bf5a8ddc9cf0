package org.plaza.insights.stats;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.bson.Document;
import org.plaza.insights.InsightsSettings;
import org.plaza.insights.projection.Facts;
import org.plaza.insights.projection.OutreachProjection;
import org.plaza.insights.projection.TimeBuckets;
import org.plaza.starter.access.CampaignTeam;
import org.plaza.starter.access.CampaignTeams;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Answers every question the dashboard and the reports ask, from the fact collections. Nothing here
 * keeps a running total: each number is counted from facts keyed by natural ids, so it is the same
 * after duplicate deliveries and after a replay.
 */
@Service
public class Stats {

    /** Shown for a fact without a value in a breakdown (e.g. no community given). */
    public static final String UNKNOWN = "UNKNOWN";

    private final MongoTemplate mongo;
    private final CampaignTeams teams;
    private final TimeBuckets buckets;
    private final InsightsSettings settings;
    private final Clock clock;

    Stats(MongoTemplate mongo, CampaignTeams teams, InsightsSettings settings, Clock clock) {
        this.mongo = mongo;
        this.teams = teams;
        this.buckets = new TimeBuckets(settings.timeZone());
        this.settings = settings;
        this.clock = clock;
    }

    // ---- campaigns and access

    public Optional<CampaignInfo> campaign(String campaignId) {
        Document doc = mongo.getCollection(Facts.CAMPAIGNS).find(new Document("_id", campaignId)).first();
        return Optional.ofNullable(doc).map(this::campaignInfo);
    }

    /** One row per campaign in scope (announced, or only seen in facts), active campaigns first. */
    public List<CampaignRow> campaigns(Scope scope) {
        Map<String, Long> signatures = countBy(Facts.SIGNATURES, activeSignatures(scope), "campaignId");
        Map<String, Long> comments = countBy(Facts.COMMENTS, activeComments(scope), "campaignId");
        Map<String, Long> volunteers = countBy(Facts.VOLUNTEERS, scope.criteria(), "campaignId");
        Map<String, Long> minutes = sumBy(Facts.ATTENDANCE, scope.criteria(), "campaignId", "minutesServed");
        Map<String, CampaignInfo> infos = new LinkedHashMap<>();
        for (Document doc : mongo.getCollection(Facts.CAMPAIGNS).find(scope.criteria("_id").getCriteriaObject())) {
            CampaignInfo info = campaignInfo(doc);
            infos.put(info.id(), info);
        }
        Set<String> ids = new HashSet<>(infos.keySet());
        for (Map<String, Long> counts : List.of(signatures, comments, volunteers, minutes)) {
            counts.keySet().stream().filter(id -> !UNKNOWN.equals(id) && scope.includes(id)).forEach(ids::add);
        }
        List<CampaignRow> rows = new ArrayList<>();
        for (String id : ids) {
            CampaignInfo info = infos.get(id);
            rows.add(new CampaignRow(id, info == null ? null : info.titleEs(), info == null ? null : info.titleEn(),
                    info == null ? "UNKNOWN" : info.status(), info == null ? List.of() : info.communities(),
                    info == null ? List.of() : info.team(), signatures.getOrDefault(id, 0L),
                    comments.getOrDefault(id, 0L), volunteers.getOrDefault(id, 0L), minutes.getOrDefault(id, 0L)));
        }
        rows.sort(Comparator.comparing((CampaignRow row) -> !"ACTIVE".equals(row.status()))
                .thenComparing(row -> row.titleEs() == null ? row.id() : row.titleEs(), String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    // ---- headline numbers

    public Totals totals(Scope scope) {
        List<ShiftRow> shifts = shifts(scope).stream().filter(s -> !"CANCELLED".equals(s.status())).toList();
        Funnel funnel = funnel(scope);
        return new Totals(
                count(Facts.SIGNATURES, activeSignatures(scope)),
                count(Facts.COMMENTS, activeComments(scope)),
                count(Facts.VOLUNTEERS, scope.criteria()),
                shifts.stream().mapToLong(ShiftRow::signedUp).sum(),
                shifts.size(),
                shifts.stream().filter(ShiftRow::filled).count(),
                sumBy(Facts.ATTENDANCE, scope.criteria(), null, "minutesServed").values().stream()
                        .mapToLong(Long::longValue).sum(),
                count(Facts.TRAININGS, scope.criteria()),
                funnel.supporters(),
                count(Facts.ITEMS, scope.criteria().and("kind").is(Facts.PETITION)),
                count(Facts.ITEMS, scope.criteria().and("kind").is(Facts.DRIVE)));
    }

    // ---- over time

    public Series signatureSeries(Scope scope, Resolution resolution, String petitionId) {
        Criteria criteria = activeSignatures(scope);
        if (petitionId != null) {
            criteria.and("petitionId").is(petitionId);
        }
        return series(Facts.SIGNATURES, criteria, resolution);
    }

    public Series commentSeries(Scope scope, Resolution resolution, String driveId) {
        Criteria criteria = activeComments(scope);
        if (driveId != null) {
            criteria.and("driveId").is(driveId);
        }
        return series(Facts.COMMENTS, criteria, resolution);
    }

    private Series series(String collection, Criteria criteria, Resolution resolution) {
        Instant now = clock.instant();
        List<Long> starts = starts(resolution, now.minus(resolution.defaultSpan()), now);
        Map<String, Long> counts = countBy(collection,
                criteria.and(resolution.field()).gte(starts.get(0)), resolution.field());
        List<Long> values = starts.stream().map(start -> counts.getOrDefault(String.valueOf(start), 0L)).toList();
        return new Series(resolution, starts, values);
    }

    List<Long> starts(Resolution resolution, Instant from, Instant to) {
        List<Long> starts = new ArrayList<>();
        switch (resolution) {
            case MINUTE -> {
                for (long s = buckets.minute(from); s <= buckets.minute(to); s += 60) {
                    starts.add(s);
                }
            }
            case HOUR -> {
                ZonedDateTime at = from.atZone(settings.timeZone()).truncatedTo(ChronoUnit.HOURS);
                for (; !at.toInstant().isAfter(to); at = at.plusHours(1)) {
                    starts.add(at.toEpochSecond());
                }
            }
            case DAY -> {
                ZonedDateTime at = from.atZone(settings.timeZone()).toLocalDate().atStartOfDay(settings.timeZone());
                for (; !at.toInstant().isAfter(to); at = at.toLocalDate().plusDays(1).atStartOfDay(settings.timeZone())) {
                    starts.add(at.toEpochSecond());
                }
            }
        }
        return starts;
    }

    // ---- breakdowns

    /** Counting signatures by {@code community}, {@code language} or {@code channel}, largest first. */
    public Map<String, Long> signaturesBy(Scope scope, String field) {
        return sorted(countBy(Facts.SIGNATURES, activeSignatures(scope), field));
    }

    /** Comments by {@code community}, {@code language} or {@code position}, largest first. */
    public Map<String, Long> commentsBy(Scope scope, String field) {
        return sorted(countBy(Facts.COMMENTS, activeComments(scope), field));
    }

    /** Volunteers by {@code community}, {@code ageGroup} or {@code source}, largest first. */
    public Map<String, Long> volunteersBy(Scope scope, String field) {
        return sorted(countBy(Facts.VOLUNTEERS, scope.criteria(), field));
    }

    /** Participation by community: signatures, comments and volunteers in one table. */
    public Map<String, long[]> participationByCommunity(Scope scope) {
        Map<String, long[]> table = new TreeMap<>();
        signaturesBy(scope, "community").forEach((c, n) -> table.computeIfAbsent(c, k -> new long[3])[0] = n);
        commentsBy(scope, "community").forEach((c, n) -> table.computeIfAbsent(c, k -> new long[3])[1] = n);
        volunteersBy(scope, "community").forEach((c, n) -> table.computeIfAbsent(c, k -> new long[3])[2] = n);
        return table;
    }

    // ---- the supporter journey

    public Funnel funnel(Scope scope) {
        Set<String> signed = distinctSupporters(Facts.SIGNATURES, activeSignatures(scope));
        Set<String> commented = distinctSupporters(Facts.COMMENTS, activeComments(scope));
        Set<String> volunteered = distinctSupporters(Facts.VOLUNTEERS, scope.criteria());
        volunteered.addAll(distinctSupporters(Facts.SIGNUPS, scope.criteria().and("status").is(OutreachProjection.SIGNED_UP)));
        volunteered.addAll(distinctSupporters(Facts.ATTENDANCE, scope.criteria()));
        Set<String> signedAndCommented = new HashSet<>(signed);
        signedAndCommented.retainAll(commented);
        Set<String> all = new HashSet<>(signed);
        all.addAll(commented);
        all.addAll(volunteered);
        long several = all.stream()
                .filter(id -> (signed.contains(id) ? 1 : 0) + (commented.contains(id) ? 1 : 0)
                        + (volunteered.contains(id) ? 1 : 0) >= 2)
                .count();
        long allThree = signedAndCommented.stream().filter(volunteered::contains).count();
        return new Funnel(signed.size(), signedAndCommented.size(), allThree, commented.size(), volunteered.size(),
                all.size(), several);
    }

    // ---- items

    /** Each petition's verified signatures by share source, in the order of {@link #petitions(Scope)}. */
    public List<SourceRow> signatureSources(Scope scope) {
        Map<String, Map<String, Long>> bySource = new HashMap<>();
        for (Document doc : aggregate(Facts.SIGNATURES, activeSignatures(scope), "petitionId", "shareSource")) {
            Document id = (Document) doc.get("_id");
            bySource.computeIfAbsent(id.getString("petitionId"), k -> new HashMap<>())
                    .merge(key(id.get("shareSource")), number(doc, "n"), Long::sum);
        }
        List<SourceRow> rows = new ArrayList<>();
        for (Document doc : items(scope, Facts.PETITION)) {
            String id = doc.getString("itemId");
            rows.add(new SourceRow(id, doc.getString("titleEs"), doc.getString("titleEn"),
                    Map.copyOf(bySource.getOrDefault(id, Map.of()))));
        }
        return rows;
    }

    public List<PetitionRow> petitions(Scope scope) {
        Map<String, Long> signatures = countBy(Facts.SIGNATURES, activeSignatures(scope), "petitionId");
        Map<String, Long> milestones = countBy(Facts.MILESTONES, scope.criteria(), "petitionId");
        Map<String, Map<String, Long>> byChannel = new HashMap<>();
        for (Document doc : aggregate(Facts.SIGNATURES, activeSignatures(scope), "petitionId", "channel")) {
            Document key = (Document) doc.get("_id");
            byChannel.computeIfAbsent(key.getString("petitionId"), k -> new HashMap<>())
                    .put(key(key.get("channel")), number(doc, "n"));
        }
        List<PetitionRow> rows = new ArrayList<>();
        for (Document doc : items(scope, Facts.PETITION)) {
            String id = doc.getString("itemId");
            rows.add(new PetitionRow(id, doc.getString("titleEs"), doc.getString("titleEn"), doc.getString("status"),
                    number(doc, "signatureGoal"), signatures.getOrDefault(id, 0L), instant(doc, "closesAt"),
                    doc.getString("deliveredOn"), doc.getString("deliveryMethod"), doc.getString("responseOutcome"),
                    milestones.getOrDefault(id, 0L), sorted(byChannel.getOrDefault(id, Map.of()))));
        }
        return rows;
    }

    public List<DriveRow> drives(Scope scope) {
        Map<String, Map<String, Long>> byPosition = new HashMap<>();
        for (Document doc : aggregate(Facts.COMMENTS, activeComments(scope), "driveId", "position")) {
            Document id = (Document) doc.get("_id");
            byPosition.computeIfAbsent(id.getString("driveId"), k -> new HashMap<>())
                    .put(String.valueOf(id.get("position")), number(doc, "n"));
        }
        Map<String, Long> speakers = countBy(Facts.COMMENTS, activeComments(scope).and("wantsToSpeak").is(true), "driveId");
        Map<String, Long> approved = countBy(Facts.COMMENTS, activeComments(scope).and("moderation").is("APPROVED"), "driveId");
        Map<String, Long> rejected = countBy(Facts.COMMENTS, activeComments(scope).and("moderation").is("REJECTED"), "driveId");
        Map<String, Long> deliveries = new HashMap<>();
        Map<String, Long> failed = new HashMap<>();
        List<Document> deliveryDocs = mongo.getCollection(Facts.PACKET_DELIVERIES)
                .find(scope.criteria().getCriteriaObject()).into(new ArrayList<>());
        Set<String> failedRequests = failedRequests(deliveryDocs.stream()
                .map(d -> d.getString("notificationRequestId")).filter(java.util.Objects::nonNull).toList());
        for (Document delivery : deliveryDocs) {
            String drive = delivery.getString("driveId");
            deliveries.merge(drive, 1L, Long::sum);
            if (failedRequests.contains(delivery.getString("notificationRequestId"))) {
                failed.merge(drive, 1L, Long::sum);
            }
        }
        List<DriveRow> rows = new ArrayList<>();
        for (Document doc : items(scope, Facts.DRIVE)) {
            String id = doc.getString("itemId");
            Map<String, Long> positions = byPosition.getOrDefault(id, Map.of());
            long total = positions.values().stream().mapToLong(Long::longValue).sum();
            rows.add(new DriveRow(id, doc.getString("titleEs"), doc.getString("titleEn"), doc.getString("status"),
                    doc.getString("publicBodyKind"), instant(doc, "meetingAt"), instant(doc, "commentDeadline"), total,
                    positions.getOrDefault("SUPPORT", 0L), positions.getOrDefault("OPPOSE", 0L),
                    positions.getOrDefault("NEUTRAL", 0L), speakers.getOrDefault(id, 0L),
                    approved.getOrDefault(id, 0L), rejected.getOrDefault(id, 0L), deliveries.getOrDefault(id, 0L),
                    failed.getOrDefault(id, 0L)));
        }
        return rows;
    }

    public List<ShiftRow> shifts(Scope scope) {
        Map<String, Map<String, Long>> byStatus = new HashMap<>();
        for (Document doc : aggregate(Facts.SIGNUPS, scope.criteria(), "shiftId", "status")) {
            Document id = (Document) doc.get("_id");
            byStatus.computeIfAbsent(id.getString("shiftId"), k -> new HashMap<>())
                    .put(String.valueOf(id.get("status")), number(doc, "n"));
        }
        Map<String, Long> attended = countBy(Facts.ATTENDANCE, scope.criteria(), "shiftId");
        Map<String, Long> minutes = sumBy(Facts.ATTENDANCE, scope.criteria(), "shiftId", "minutesServed");
        List<ShiftRow> rows = new ArrayList<>();
        for (Document doc : items(scope, Facts.SHIFT)) {
            String id = doc.getString("itemId");
            Map<String, Long> statuses = byStatus.getOrDefault(id, Map.of());
            rows.add(new ShiftRow(id, doc.getString("titleEs"), doc.getString("titleEn"), doc.getString("status"),
                    doc.getString("activity"), doc.getString("community"), instant(doc, "startsAt"),
                    number(doc, "capacity"), number(doc, "minimumVolunteers"),
                    statuses.getOrDefault(OutreachProjection.SIGNED_UP, 0L),
                    statuses.getOrDefault(OutreachProjection.WAITLISTED, 0L), attended.getOrDefault(id, 0L),
                    minutes.getOrDefault(id, 0L)));
        }
        return rows;
    }

    // ---- deadlines

    /** Hearings, comment deadlines, petition closings and understaffed shifts ahead, soonest first. */
    public List<Deadline> deadlines(Scope scope) {
        Instant now = clock.instant();
        Instant until = now.plus(settings.deadlineHorizon());
        Date from = Date.from(now);
        Date to = Date.from(until);
        List<Deadline> deadlines = new ArrayList<>();
        for (Document doc : find(Facts.ITEMS, scope.criteria().and("kind").is(Facts.DRIVE)
                .and("meetingAt").gte(from).lte(to))) {
            deadlines.add(deadline(Deadline.Kind.HEARING, doc, "meetingAt", 0, 0));
        }
        for (Document doc : find(Facts.ITEMS, scope.criteria().and("kind").is(Facts.DRIVE).and("status").is("OPEN")
                .and("commentDeadline").gte(from).lte(to))) {
            deadlines.add(deadline(Deadline.Kind.COMMENT_DEADLINE, doc, "commentDeadline", 0, 0));
        }
        for (Document doc : find(Facts.ITEMS, scope.criteria().and("kind").is(Facts.PETITION).and("status").is("OPEN")
                .and("closesAt").gte(from).lte(to))) {
            deadlines.add(deadline(Deadline.Kind.PETITION_CLOSES, doc, "closesAt", 0, 0));
        }
        Map<String, Long> signedUp = countBy(Facts.SIGNUPS,
                scope.criteria().and("status").is(OutreachProjection.SIGNED_UP), "shiftId");
        for (Document doc : find(Facts.ITEMS, scope.criteria().and("kind").is(Facts.SHIFT)
                .and("startsAt").gte(from).lte(to))) {
            long minimum = number(doc, "minimumVolunteers");
            long taken = signedUp.getOrDefault(doc.getString("itemId"), 0L);
            if (!OutreachProjection.CANCELLED.equals(doc.getString("status")) && taken < minimum) {
                deadlines.add(deadline(Deadline.Kind.UNDERSTAFFED_SHIFT, doc, "startsAt", taken, minimum));
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::at).thenComparing(Deadline::id));
        return deadlines.size() > 50 ? deadlines.subList(0, 50) : deadlines;
    }

    private static Deadline deadline(Deadline.Kind kind, Document doc, String field, long signedUp, long minimum) {
        return new Deadline(kind, instant(doc, field), doc.getString("campaignId"), doc.getString("itemId"),
                doc.getString("titleEs"), doc.getString("titleEn"), signedUp, minimum);
    }

    // ---- helpers

    static Criteria activeSignatures(Scope scope) {
        return scope.criteria().and("verified").is(true).and("invalidatedBy").size(0);
    }

    static Criteria activeComments(Scope scope) {
        return scope.criteria().and("revision").gte(1).and("withdrawn").is(false);
    }

    private Set<String> failedRequests(List<String> requestIds) {
        if (requestIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(mongo.findDistinct(Query.query(Criteria.where("_id").in(requestIds)), "_id",
                Facts.NOTIFICATION_FAILURES, String.class));
    }

    private List<Document> items(Scope scope, String kind) {
        List<Document> docs = find(Facts.ITEMS, scope.criteria().and("kind").is(kind));
        docs.sort(Comparator.comparing((Document d) -> String.valueOf(d.getString("titleEs")), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(d -> d.getString("itemId")));
        return docs;
    }

    private List<Document> find(String collection, Criteria criteria) {
        return mongo.getCollection(collection).find(criteria.getCriteriaObject()).into(new ArrayList<>());
    }

    private long count(String collection, Criteria criteria) {
        return mongo.count(Query.query(criteria), collection);
    }

    private Set<String> distinctSupporters(String collection, Criteria criteria) {
        return mongo.findDistinct(Query.query(criteria.and("supporterId").ne(null)), "supporterId", collection,
                String.class).stream().collect(Collectors.toCollection(HashSet::new));
    }

    private Map<String, Long> countBy(String collection, Criteria criteria, String field) {
        Map<String, Long> counts = new HashMap<>();
        for (Document doc : mongo.aggregate(newAggregation(match(criteria), group(field).count().as("n")), collection,
                Document.class).getMappedResults()) {
            counts.merge(key(doc.get("_id")), number(doc, "n"), Long::sum);
        }
        return counts;
    }

    /** Sums a field per group, or over everything when {@code field} is null (key {@code "*"}). */
    private Map<String, Long> sumBy(String collection, Criteria criteria, String field, String summed) {
        Map<String, Long> sums = new HashMap<>();
        var grouping = field == null ? group() : group(field);
        for (Document doc : mongo.aggregate(newAggregation(match(criteria), grouping.sum(summed).as("n")), collection,
                Document.class).getMappedResults()) {
            sums.merge(field == null ? "*" : key(doc.get("_id")), number(doc, "n"), Long::sum);
        }
        return sums;
    }

    private List<Document> aggregate(String collection, Criteria criteria, String... fields) {
        return mongo.aggregate(newAggregation(match(criteria), group(fields).count().as("n")), collection,
                Document.class).getMappedResults();
    }

    private static String key(Object value) {
        return value == null ? UNKNOWN : String.valueOf(value);
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    static long number(Document doc, String field) {
        return doc.get(field) instanceof Number n ? n.longValue() : 0L;
    }

    static Instant instant(Document doc, String field) {
        return doc.get(field) instanceof Date date ? date.toInstant() : null;
    }

    /** A campaign's facts, with its team from the starter's projection (the one copy of the teams). */
    private CampaignInfo campaignInfo(Document doc) {
        return new CampaignInfo(doc.getString("_id"), doc.getString("titleEs"), doc.getString("titleEn"),
                doc.getString("issueArea"), strings(doc, "communities"), doc.getString("startsOn"),
                doc.getString("endsOn"), doc.getString("status") == null ? "UNKNOWN" : doc.getString("status"),
                teams.find(doc.getString("_id")).map(CampaignTeam::organizerStaffIds).orElse(List.of()),
                instant(doc, "launchedAt"));
    }

    private static List<String> strings(Document doc, String field) {
        return doc.get(field) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
