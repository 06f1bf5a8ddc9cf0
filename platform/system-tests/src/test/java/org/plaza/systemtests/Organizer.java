package org.plaza.systemtests;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every journey's organizer does first, through the gateway with a signed-in {@link StaffClient}:
 * launch a campaign of their own (so journeys sharing the platform never meet), and wait until another
 * service has heard of it ({@code CampaignLaunched} travels over Kafka) before creating things in it.
 */
public final class Organizer {

    /** Events between services: outbox relay, Kafka, a consumer; generous for a loaded 2-core machine. */
    public static final Duration PROPAGATION = Duration.ofMinutes(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private final StaffClient staff;

    public Organizer(StaffClient staff) {
        this.staff = staff;
    }

    public StaffClient staff() {
        return staff;
    }

    /** The signed-in staff member's id ({@code stf_…}), from identity's directory. */
    public String staffId() {
        for (JsonNode member : staff.getJson("/api/staff/identity/directory")) {
            for (JsonNode role : member.path("roles")) {
                if (role.asString().equals("ADMIN")) {
                    return member.path("id").asString();
                }
            }
        }
        throw new AssertionError("No administrator in the staff directory");
    }

    /** Creates and launches a bilingual campaign in Mecca with this staff member on its team; returns its id. */
    public String launchCampaign(String titleEs, String titleEn) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = staff.postJson("/api/staff/campaigns", """
                {"title":{"es":%s,"en":%s},
                 "summary":{"es":"Las familias de Mecca se organizan.","en":"Families in Mecca organize."},
                 "story":{"es":"Vecinas y vecinos piden lo que les corresponde.","en":"Neighbors ask for what is theirs."},
                 "issueArea":"WATER_AND_HOUSING_INFRASTRUCTURE","communities":["MECCA"],
                 "startsOn":"%s","organizerStaffIds":[%s]}""".formatted(
                json(titleEs + " " + suffix), json(titleEn + " " + suffix), LocalDate.now(), json(staffId())));
        String id = created.path("id").asString();
        staff.postJson("/api/staff/campaigns/" + id + "/launch", "");
        return id;
    }

    /**
     * Opens one of every way to act in a launched campaign, through the staff JSON API: a published petition
     * (goal 100, Mecca), a public body with an open comment drive (meeting in three days) and a canvassing
     * shift tomorrow. Every title ends with {@code run}, so a journey finds its own among other journeys'.
     * Returns once the campaign's public page lists all three (the campaign hub hears of them over Kafka).
     */
    public Openings openOneOfEach(String campaignId, String run) {
        JsonNode petition = publishPetition(campaignId, """
                "titleEs":"Sombra en las paradas de Mecca %s","titleEn":"Shade at the Mecca bus stops %s",
                "textEs":"Pedimos techos en las paradas del autobús.","textEn":"We ask for roofs at the bus stops.",
                "decisionMakerEs":"Agencia de tránsito","decisionMakerEn":"Transit agency",
                "signatureGoal":100,"communities":["MECCA"]""".formatted(run, run));
        String petitionId = petition.path("id").asString();
        String bodyId = staff.postJson("/api/staff/comments/bodies", """
                {"name":"Junta de Tránsito %s","kind":"WATER_DISTRICT_BOARD","clerkEmail":"clerk.%s@example.org",
                 "clerkLanguage":"es","timeZone":"America/Los_Angeles","meetingLanguage":"en",
                 "deadlineHoursBeforeMeeting":24,"commentLengthLimit":3000}""".formatted(run, run))
                .path("id").asString();
        LocalDateTime now = LocalDateTime.now(LOS_ANGELES).truncatedTo(ChronoUnit.MINUTES);
        String driveId = postOnceTheCampaignIsKnown("/api/staff/comments/drives", """
                {"campaignId":%s,"publicBodyId":%s,"meetingStartsAt":"%s","agendaItemNumber":"4",
                 "titleEs":"Paradas con sombra %s","titleEn":"Shaded stops %s",
                 "decisionEs":"La junta decide el presupuesto de paradas.","decisionEn":"The board decides the bus stop budget.",
                 "talkingPointsEs":"Pida sombra y agua.","talkingPointsEn":"Ask for shade and water.",
                 "commentDeadline":"%s","speakingRequestsAllowed":true,"autoApprove":false}""".formatted(
                json(campaignId), json(bodyId), now.plusDays(3), run, run, now.plusDays(2)))
                .path("id").asString();
        String shiftId = scheduleShiftInAFreeSlot(campaignId, run, now.plusDays(7).withHour(6).withMinute(0));
        JsonNode campaign = staff.getJson("/api/staff/campaigns/" + campaignId);
        Openings openings = new Openings(campaignId, campaign.path("title").path("es").asString(),
                campaign.path("page").asString(), petitionId, petition.path("slug").asString(),
                "Sombra en las paradas de Mecca " + run, bodyId, driveId, "Paradas con sombra " + run, shiftId,
                "Tocar puertas por la sombra " + run);
        await("the campaign page lists the petition, the drive and the shift").atMost(PROPAGATION)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String page = staff.get(openings.campaignPage() + "?lang=es").body();
                    return page.contains(openings.petitionTitle()) && page.contains(openings.driveTitle())
                            && page.contains(openings.shiftTitle());
                });
        return openings;
    }

    /**
     * Schedules a community meeting of a launched campaign, five days from now at 6 pm in Mecca, through the staff
     * JSON API; its titles end with {@code run}. Returns its id.
     */
    public String scheduleMeeting(String campaignId, String run) {
        LocalDateTime start = LocalDateTime.now(LOS_ANGELES).truncatedTo(ChronoUnit.DAYS).plusDays(5).withHour(18);
        return postOnceTheCampaignIsKnown("/api/staff/outreach/meetings", """
                {"campaignId":%s,"titleEs":"Reunión sobre la sombra %s","titleEn":"Meeting about shade %s",
                 "place":"Centro comunitario de Mecca","address":"91-260 Avenue 66, Mecca, CA 92254",
                 "community":"MECCA","startsAt":"%s","endsAt":"%s"}""".formatted(json(campaignId), run, run, start,
                start.plusHours(2))).path("meetingId").asString();
    }

    /**
     * Creates a petition in a launched campaign and publishes it. {@code fields} are the request's JSON members
     * besides the campaign and the closing time (titles, text, decision maker, goal, milestones, communities); it
     * closes in 30 days. Returns the created petition (its {@code id}, {@code slug}…).
     */
    public JsonNode publishPetition(String campaignId, String fields) {
        JsonNode petition = postOnceTheCampaignIsKnown("/api/staff/petitions", "{\"campaignId\":%s,%s,\"closesAt\":\"%s\"}"
                .formatted(json(campaignId), fields, Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
        staff.postJson("/api/staff/petitions/" + petition.path("id").asString() + "/publish", "");
        return petition;
    }

    /**
     * A two-hour canvassing shift led by this staff member, in the first three-hour slot from {@code from} on
     * that does not overlap another shift they lead (other journeys on the shared platform schedule theirs).
     */
    private String scheduleShiftInAFreeSlot(String campaignId, String run, LocalDateTime from) {
        for (int slot = 0; slot < 56; slot++) {
            LocalDateTime start = from.plusHours(3L * slot);
            try {
                return postOnceTheCampaignIsKnown("/api/staff/outreach/shifts", """
                        {"campaignId":%s,"activity":"CANVASS","titleEs":"Tocar puertas por la sombra %s",
                         "titleEn":"Door knocking for shade %s","community":"MECCA","address":"Parada de Mecca %s",
                         "startsAt":"%s","endsAt":"%s","capacity":5,"minimumVolunteers":0,"languagesNeeded":["es"]}"""
                        .formatted(json(campaignId), run, run, run, start, start.plusHours(2))).path("shiftId").asString();
            } catch (AssertionError busy) {
                if (!busy.getMessage().contains("/shift-overlap")) {
                    throw busy;
                }
            }
        }
        throw new AssertionError("No free slot in a week for another shift led by " + staffId());
    }

    /** What {@link #openOneOfEach} opened: ids, the campaign's public page and the Spanish titles residents see. */
    public record Openings(String campaignId, String campaignTitle, String campaignPage, String petitionId,
            String petitionSlug, String petitionTitle, String publicBodyId, String driveId, String driveTitle,
            String shiftId, String shiftTitle) {
    }

    /**
     * Sends {@code json} until the service stops answering "campaign not found" (it learns campaigns from
     * Kafka), then expects 2xx and returns the body.
     */
    public JsonNode postOnceTheCampaignIsKnown(String path, String json) {
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
        await("POST " + path + " once the service knows the campaign").atMost(PROPAGATION)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    answer.set(staff.sendJson("POST", path, json));
                    return !(answer.get().statusCode() == 404 || answer.get().statusCode() == 403);
                });
        HttpResponse<String> response = answer.get();
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** A JSON string literal. */
    public static String json(String value) {
        return JSON.writeValueAsString(value);
    }
}
