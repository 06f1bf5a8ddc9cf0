package org.plaza.insights.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.comments.CommentDriveOpened;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.comments.CommentWithdrawn;
import org.plaza.events.outreach.ShiftAttended;
import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.events.outreach.ShiftScheduled;
import org.plaza.events.outreach.ShiftSignedUp;
import org.plaza.events.outreach.VolunteerRegistered;
import org.plaza.events.petitions.PetitionPublished;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.petitions.SignaturesInvalidated;

/** Events with realistic defaults; every id is fresh, so tests sharing a context never collide. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    public static CampaignLaunched campaign(String campaignId, String titleEs, String titleEn, String... team) {
        return new CampaignLaunched(campaignId, titleEs, titleEn, "WATER_AND_HOUSING_INFRASTRUCTURE",
                List.of("MECCA", "OASIS"), LocalDate.now().minusDays(10), LocalDate.now().plusDays(60), List.of(team),
                team.length == 0 ? "staff-lead" : team[0], now().minus(10, ChronoUnit.DAYS));
    }

    public static CampaignTeamChanged team(String campaignId, String... team) {
        return new CampaignTeamChanged(campaignId, List.of(team), List.of(), List.of(), "staff-admin", now());
    }

    public static PetitionPublished petition(String petitionId, String campaignId, Instant closesAt) {
        return new PetitionPublished(petitionId, campaignId, "Agua potable para Oasis", "Safe drinking water for Oasis",
                100, List.of(10, 50), List.of("OASIS"), closesAt, "staff-lead", now().minus(5, ChronoUnit.DAYS));
    }

    public static SignatureVerified signature(String signatureId, String petitionId, String campaignId,
            String supporterId, String community, String language) {
        return new SignatureVerified(signatureId, petitionId, campaignId, supporterId, community, language, true, false,
                "WEB", now().minus(20, ChronoUnit.MINUTES));
    }

    public static SignaturesInvalidated invalidated(String petitionId, String campaignId, String batchId,
            String... signatureIds) {
        return new SignaturesInvalidated(petitionId, campaignId, batchId, List.of(signatureIds), Map.of("THERMAL", 1),
                "EMAIL_DOMAIN", "staff-lead", now());
    }

    public static CommentDriveOpened drive(String driveId, String campaignId, Instant meetingAt, Instant deadline) {
        return new CommentDriveOpened(driveId, campaignId, "cvwd", "WATER_DISTRICT_BOARD", "Tarifas del agua",
                "Water rates", "7.2", meetingAt, "America/Los_Angeles", deadline, true, "staff-lead",
                now().minus(3, ChronoUnit.DAYS));
    }

    public static CommentSubmitted comment(String commentId, String driveId, String campaignId, String supporterId,
            CommentSubmitted.Position position, int revision) {
        return new CommentSubmitted(commentId, driveId, campaignId, supporterId, position, "MECCA", "es", revision == 1,
                null, false, revision, now().minus(30, ChronoUnit.MINUTES).plusSeconds(revision));
    }

    public static CommentWithdrawn withdrawn(String commentId, String driveId, String campaignId, String supporterId) {
        return new CommentWithdrawn(commentId, driveId, campaignId, supporterId, now());
    }

    public static VolunteerRegistered volunteer(String volunteerId, String supporterId, String campaignId) {
        return new VolunteerRegistered(volunteerId, supporterId, campaignId, "MECCA", List.of("es", "en"),
                List.of("CANVASSING"), VolunteerRegistered.AgeGroup.ADULT, "PETITION_LEAD", true, now());
    }

    public static ShiftScheduled shift(String shiftId, String campaignId, Instant startsAt, int capacity, int minimum) {
        return new ShiftScheduled(shiftId, campaignId, "CANVASS", "Puerta a puerta en Mecca", "Canvassing in Mecca",
                "MECCA", startsAt, startsAt.plus(3, ChronoUnit.HOURS), "America/Los_Angeles", capacity, minimum,
                List.of("es"), null, null, "staff-lead", now().minus(2, ChronoUnit.DAYS));
    }

    public static ShiftSignedUp signedUp(String signupId, String shiftId, String campaignId, String volunteerId,
            String supporterId, int openSpots) {
        return new ShiftSignedUp(signupId, shiftId, campaignId, volunteerId, supporterId, null, openSpots, now());
    }

    public static ShiftCancelled signupCancelled(String signupId, String shiftId, String campaignId, String volunteerId,
            String supporterId, int openSpots) {
        return new ShiftCancelled(shiftId, campaignId, ShiftCancelled.Scope.SIGN_UP, signupId, volunteerId, supporterId,
                ShiftCancelled.CancelledBy.VOLUNTEER, null, openSpots, now());
    }

    public static ShiftAttended attended(String signupId, String shiftId, String campaignId, String volunteerId,
            String supporterId, int minutes, int revision) {
        return new ShiftAttended(signupId, shiftId, campaignId, volunteerId, supporterId, ShiftAttended.CheckIn.ROSTER,
                minutes, revision, "staff-lead", now());
    }
}
