package org.plaza.systemtests;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
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
