package org.plaza.campaigns.action;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plaza.campaigns.campaign.CampaignSettings;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What a resident can do now for a campaign, read from the local projection only: open petitions with
 * their verified counts, open comment drives before their deadline, shifts that have not started.
 */
@Service
public class WaysToAct {

    private final MongoTemplate mongo;
    private final VerifiedCounts counts;
    private final CampaignSettings settings;
    private final Clock clock;

    WaysToAct(MongoTemplate mongo, VerifiedCounts counts, CampaignSettings settings, Clock clock) {
        this.mongo = mongo;
        this.counts = counts;
        this.settings = settings;
        this.clock = clock;
    }

    public record OpenPetition(String petitionId, String titleEs, String titleEn, long verifiedSignatures,
            int signatureGoal, Instant closesAt) {
    }

    public record OpenDrive(String driveId, String titleEs, String titleEn, String publicBodyKind,
            String agendaItemNumber, Instant meetingAt, String timeZone, Instant commentDeadline) {
    }

    public record UpcomingShift(String shiftId, String activity, String titleEs, String titleEn, String community,
            Instant startsAt, Instant endsAt, String timeZone, int capacity, int openSpots) {
    }

    /** Everything open for one campaign at this moment. */
    public record CampaignActions(List<OpenPetition> petitions, List<OpenDrive> drives, List<UpcomingShift> shifts) {

        public boolean isEmpty() {
            return petitions.isEmpty() && drives.isEmpty() && shifts.isEmpty();
        }
    }

    public CampaignActions forCampaign(String campaignId) {
        Instant now = clock.instant();
        List<PetitionAction> petitions = mongo.find(Query.query(openPetitions(now).and("campaignId").is(campaignId))
                .with(Sort.by("publishedAt")), PetitionAction.class);
        Map<String, Long> verified = counts.of(petitions.stream().map(PetitionAction::petitionId).toList());
        List<OpenPetition> openPetitions = petitions.stream()
                .map(p -> new OpenPetition(p.petitionId(), p.titleEs(), p.titleEn(),
                        verified.getOrDefault(p.petitionId(), 0L),
                        p.signatureGoal() == null ? 0 : p.signatureGoal(), p.closesAt()))
                .toList();
        List<OpenDrive> drives = mongo.find(Query.query(openDrives(now).and("campaignId").is(campaignId))
                .with(Sort.by("commentDeadline")), DriveAction.class).stream()
                .map(d -> new OpenDrive(d.driveId(), d.titleEs(), d.titleEn(), d.publicBodyKind(),
                        d.agendaItemNumber(), d.meetingAt(), d.timeZone(), d.commentDeadline()))
                .toList();
        List<UpcomingShift> shifts = mongo.find(Query.query(upcomingShifts(now).and("campaignId").is(campaignId))
                .with(Sort.by("startsAt")).limit(settings.shiftsShown()), ShiftAction.class).stream()
                .map(s -> new UpcomingShift(s.shiftId(), s.activity(), s.titleEs(), s.titleEn(), s.community(),
                        s.startsAt(), s.endsAt(), s.timeZone(), orZero(s.capacity()),
                        Math.max(0, orZero(s.openSpots()))))
                .toList();
        return new CampaignActions(openPetitions, drives, shifts);
    }

    /** How many ways to act each campaign has now, for the home page's cards. */
    public Map<String, Integer> countsFor(Collection<String> campaignIds) {
        Map<String, Integer> totals = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return totals;
        }
        Instant now = clock.instant();
        tally(totals, openPetitions(now).and("campaignId").in(campaignIds), PetitionAction.class);
        tally(totals, openDrives(now).and("campaignId").in(campaignIds), DriveAction.class);
        tally(totals, upcomingShifts(now).and("campaignId").in(campaignIds), ShiftAction.class);
        return totals;
    }

    private void tally(Map<String, Integer> totals, Criteria criteria, Class<?> type) {
        Query query = Query.query(criteria);
        query.fields().include("campaignId");
        for (org.bson.Document doc : mongo.find(query, org.bson.Document.class, mongo.getCollectionName(type))) {
            totals.merge(doc.getString("campaignId"), 1, Integer::sum);
        }
    }

    private static Criteria openPetitions(Instant now) {
        return where("publishedAt").exists(true).and("closedAt").is(null)
                .orOperator(where("closesAt").is(null), where("closesAt").gt(now));
    }

    private static Criteria openDrives(Instant now) {
        return where("openedAt").exists(true).and("closedAt").is(null).and("commentDeadline").gt(now);
    }

    private static Criteria upcomingShifts(Instant now) {
        return where("scheduledAt").exists(true).and("cancelledAt").is(null).and("startsAt").gt(now);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
