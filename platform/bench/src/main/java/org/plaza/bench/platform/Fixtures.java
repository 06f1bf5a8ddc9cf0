package org.plaza.bench.platform;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What scenarios prepare through the staff APIs: a launched campaign, then its petitions, comment drive
 * or shifts once the owning service has heard of the campaign (the launch travels through Kafka).
 */
public final class Fixtures {

    private static final Duration PROPAGATION = Duration.ofSeconds(90);
    private static final ZoneId LOCAL = ZoneId.of("America/Los_Angeles");

    private final StaffSession staff;
    private final String run;

    public Fixtures(StaffSession staff, String run) {
        this.staff = staff;
        this.run = run;
    }

    public StaffSession staff() {
        return staff;
    }

    /** A launched campaign with the signed-in staff member's administrator on its team; its id. */
    public String launchCampaign(String label) {
        String organizer = null;
        for (JsonNode member : staff.get("api/staff/identity/directory")) {
            if (member.path("roles").toString().contains("ADMIN") || member.path("roles").toString().contains("ORGANIZER")) {
                organizer = member.path("id").asString();
                break;
            }
        }
        if (organizer == null) {
            throw new IllegalStateException("The staff directory lists no administrator or organizer");
        }
        ObjectNode campaign = Json.object();
        campaign.set("title", text("Banco de pruebas " + label + " " + run, "Bench " + label + " " + run));
        campaign.set("summary", text("Campaña de carga.", "Load campaign."));
        campaign.set("story", text("Creada por platform/bench.", "Created by platform/bench."));
        campaign.put("issueArea", "CIVIC_PARTICIPATION");
        campaign.putArray("communities").add("COACHELLA").add("MECCA");
        campaign.put("startsOn", LocalDate.now(LOCAL).toString());
        campaign.put("endsOn", LocalDate.now(LOCAL).plusDays(90).toString());
        campaign.putArray("organizerStaffIds").add(organizer);
        String id = staff.post("api/staff/campaigns", campaign).path("id").asString();
        staff.post("api/staff/campaigns/" + id + "/launch", null);
        return id;
    }

    /** A published petition of the campaign. */
    public Petition publishPetition(String campaignId, int index) {
        ObjectNode body = Json.object();
        body.put("campaignId", campaignId);
        String campaign = campaignId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        body.put("slug", "bench-" + run + "-" + campaign.substring(Math.max(0, campaign.length() - 10)) + "-" + index);
        body.put("titleEs", "Petición de carga " + index);
        body.put("titleEn", "Load petition " + index);
        body.put("textEs", "Texto de la petición de carga.");
        body.put("textEn", "Text of the load petition.");
        body.put("decisionMakerEs", "Junta de prueba");
        body.put("decisionMakerEn", "Test board");
        body.put("signatureGoal", 10_000_000);
        body.putArray("communities").add("COACHELLA").add("MECCA").add("NORTH_SHORE");
        body.put("closesAt", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        JsonNode created = whenCampaignKnown("petitions", () -> staff.sendJson("POST", "api/staff/petitions", body));
        String id = created.path("id").asString();
        JsonNode published = staff.post("api/staff/petitions/" + id + "/publish", null);
        return new Petition(id, published.path("slug").asString(created.path("slug").asString()));
    }

    /** An open comment drive (auto-approved, deadline weeks away) of a new public body; its id. */
    public String openDrive(String campaignId) {
        ObjectNode body = Json.object();
        body.put("name", "Junta de agua de prueba " + run);
        body.put("kind", "WATER_DISTRICT_BOARD");
        body.put("clerkEmail", "clerk-" + run + "@water.bench.example.org");
        body.put("clerkLanguage", "es");
        body.put("timeZone", LOCAL.getId());
        body.put("meetingLanguage", "es");
        body.put("deadlineHoursBeforeMeeting", 24);
        body.put("commentLengthLimit", 3000);
        String publicBody = staff.post("api/staff/comments/bodies", body).path("id").asString();
        ObjectNode drive = Json.object();
        drive.put("campaignId", campaignId);
        drive.put("publicBodyId", publicBody);
        drive.put("meetingStartsAt", LocalDateTime.now(LOCAL).plusDays(30).truncatedTo(ChronoUnit.HOURS).toString());
        drive.put("agendaItemNumber", "7.B");
        drive.put("titleEs", "Tarifas de agua (carga " + run + ")");
        drive.put("titleEn", "Water rates (load " + run + ")");
        drive.put("decisionEs", "Aprobar nuevas tarifas.");
        drive.put("decisionEn", "Approve new rates.");
        drive.put("talkingPointsEs", "Las familias ya pagan demasiado.");
        drive.put("talkingPointsEn", "Families already pay too much.");
        drive.put("speakingRequestsAllowed", false);
        drive.put("autoApprove", true);
        return whenCampaignKnown("comments", () -> staff.sendJson("POST", "api/staff/comments/drives", drive))
                .path("id").asString();
    }

    /**
     * {@code count} shifts of {@code capacity} places, at a random time weeks ahead (three hours apart) so
     * they never overlap another run's shifts led by the same staff member.
     */
    public List<Shift> scheduleShifts(String campaignId, int count, int capacity) {
        LocalDateTime first = LocalDateTime.now(LOCAL).plusDays(3)
                .plusMinutes(ThreadLocalRandom.current().nextInt(60 * 24 * 60)).truncatedTo(ChronoUnit.MINUTES);
        List<Shift> shifts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode shift = Json.object();
            shift.put("campaignId", campaignId);
            shift.put("activity", "CANVASS");
            shift.put("titleEs", "Tocar puertas " + (i + 1));
            shift.put("titleEn", "Canvass " + (i + 1));
            shift.put("descriptionEs", "Turno de carga.");
            shift.put("descriptionEn", "Load shift.");
            shift.put("community", "COACHELLA");
            shift.put("address", "Calle de prueba " + run + "-" + i);
            shift.put("startsAt", first.plusHours(3L * i).toString());
            shift.put("endsAt", first.plusHours(3L * i + 2).toString());
            shift.put("capacity", capacity);
            shift.put("minimumVolunteers", 0);
            shift.putArray("languagesNeeded").add("es").add("en");
            JsonNode created = whenCampaignKnown("outreach", () -> staff.sendJson("POST", "api/staff/outreach/shifts", shift));
            shifts.add(new Shift(created.path("shiftId").asString(), capacity));
        }
        return shifts;
    }

    private static JsonNode whenCampaignKnown(String service, Supplier<HttpResponse<String>> create) {
        return Await.until(service + " to hear of the campaign", PROPAGATION, () -> {
            HttpResponse<String> answer = create.get();
            if (answer.statusCode() / 100 == 2) {
                return Optional.of(Json.parse(answer.body()));
            }
            if (answer.statusCode() == 404 || answer.statusCode() == 403) {
                return Optional.empty();
            }
            throw new IllegalStateException(service + " refused the fixture: " + answer.statusCode() + " " + answer.body());
        });
    }

    private static ObjectNode text(String es, String en) {
        ObjectNode text = Json.object();
        text.put("es", es);
        text.put("en", en);
        return text;
    }

    /** A published petition. */
    public record Petition(String id, String slug) {
    }

    /** A scheduled shift. */
    public record Shift(String id, int capacity) {
    }
}
