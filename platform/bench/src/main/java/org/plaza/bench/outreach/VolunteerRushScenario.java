package org.plaza.bench.outreach;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.plaza.bench.load.Outcome;
import org.plaza.bench.platform.Fixtures.Shift;
import org.plaza.bench.platform.Json;
import org.plaza.bench.platform.Platform;
import org.plaza.bench.platform.Residents;
import org.plaza.bench.scenario.CountedScenario;
import org.plaza.bench.scenario.Verification;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * New volunteers race for the places of a few small shifts: each operation registers a volunteer, confirms
 * with the token of the confirmation email (read from its notification request on Kafka, as signatures' codes
 * are) and signs them up for one shift. Acknowledged = answered CONFIRMED or WAITLISTED. Exactness: no shift's
 * roster holds more confirmed volunteers than its capacity, confirmed + waitlisted on the rosters =
 * acknowledged, and the rosters' confirmed = the CONFIRMED answers.
 */
public final class VolunteerRushScenario extends CountedScenario {

    private final Platform platform;
    private final LongAdder confirmedAnswers = new LongAdder();
    private final LongAdder waitlistedAnswers = new LongAdder();
    private String campaignId;
    private List<Shift> shifts;

    public VolunteerRushScenario(Platform platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "volunteer-rush";
    }

    @Override
    public void prepare() {
        campaignId = platform.fixtures().launchCampaign("voluntariado");
        shifts = platform.fixtures().scheduleShifts(campaignId, Math.max(1, platform.options().shifts()),
                platform.options().shiftCapacity());
    }

    @Override
    protected CompletableFuture<Outcome> run(long sequence) {
        Shift shift = shifts.get((int) (sequence % shifts.size()));
        String client = Residents.clientAddress(sequence);
        ObjectNode volunteer = Json.object();
        volunteer.put("name", Residents.name(sequence));
        String email = Residents.email(platform.run(), sequence);
        volunteer.put("email", email);
        volunteer.put("preferredLanguage", sequence % 2 == 0 ? "es" : "en");
        volunteer.put("community", "COACHELLA");
        volunteer.putArray("languages").add("ES").add("EN");
        volunteer.put("ageGroup", "ADULT");
        volunteer.put("contactConsent", true);
        volunteer.put("guardianConsent", false);
        volunteer.put("campaignId", campaignId);
        CompletableFuture<String> token = platform.codes().codeFor(email);
        long started = System.nanoTime();
        return platform.http().postJson("api/public/outreach/volunteers", Json.write(volunteer), client)
                .thenCompose(received -> {
                    long receivedAt = System.nanoTime();
                    steps.record("register", started, receivedAt);
                    if (received.statusCode() != 202) {
                        platform.codes().forget(email);
                        return CompletableFuture.completedFuture(Outcome.error("register-http-" + received.statusCode()));
                    }
                    return token.orTimeout(platform.options().codeTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .handle((emailed, missing) -> emailed).thenCompose(emailed -> {
                                platform.codes().forget(email);
                                if (emailed == null) {
                                    return CompletableFuture.completedFuture(Outcome.error("token-not-received"));
                                }
                                long arrived = System.nanoTime();
                                steps.record("token-on-kafka", receivedAt, arrived);
                                ObjectNode confirmation = Json.object();
                                confirmation.put("token", emailed);
                                return platform.http().postJson("api/public/outreach/volunteers/confirmations",
                                        Json.write(confirmation), client).thenCompose(confirmed -> {
                                            steps.record("confirm", arrived, System.nanoTime());
                                            return signUp(shift, confirmed, client);
                                        });
                            });
                });
    }

    /** Takes a place with the personal link the confirmation answered (200), or names why not. */
    private CompletableFuture<Outcome> signUp(Shift shift, HttpResponse<String> confirmed, String client) {
        long confirmedAt = System.nanoTime();
        if (confirmed.statusCode() != 200) {
            return CompletableFuture.completedFuture(Outcome.error("confirm-http-" + confirmed.statusCode()));
        }
        JsonNode answer = Json.parse(confirmed.body());
        ObjectNode signup = Json.object();
        signup.put("volunteerId", answer.path("volunteerId").asString());
        signup.put("volunteerKey", answer.path("volunteerKey").asString());
        return platform.http().postJson("api/public/outreach/shifts/" + shift.id() + "/signups", Json.write(signup), client)
                .thenApply(signedUp -> {
                    steps.record("sign-up", confirmedAt, System.nanoTime());
                    if (signedUp.statusCode() != 201) {
                        return Outcome.error("signup-http-" + signedUp.statusCode());
                    }
                    String status = Json.parse(signedUp.body()).path("status").asString();
                    if ("CONFIRMED".equals(status)) {
                        confirmedAnswers.increment();
                    } else if ("WAITLISTED".equals(status)) {
                        waitlistedAnswers.increment();
                    } else {
                        return Outcome.error("signup-status-" + status);
                    }
                    return Outcome.OK;
                });
    }

    @Override
    public Verification verify(long ignoredAcknowledged, long ignoredAmbiguous) {
        long confirmed = 0;
        long waitlisted = 0;
        long shiftsOverCapacity = 0;
        for (Shift shift : shifts) {
            JsonNode roster = platform.staff().get("api/staff/outreach/shifts/" + shift.id() + "/roster");
            int onShift = roster.path("confirmed").size();
            confirmed += onShift;
            waitlisted += roster.path("waitlist").size();
            if (onShift > shift.capacity()) {
                shiftsOverCapacity++;
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("rosterConfirmed", confirmed);
        counts.put("rosterWaitlisted", waitlisted);
        counts.put("confirmedAnswers", confirmedAnswers.sum());
        counts.put("waitlistedAnswers", waitlistedAnswers.sum());
        counts.put("capacity", (long) shifts.stream().mapToInt(Shift::capacity).sum());
        counts.put("shiftsOverCapacity", shiftsOverCapacity);
        boolean holds = shiftsOverCapacity == 0 && confirmed == confirmedAnswers.sum()
                && waitlisted >= waitlistedAnswers.sum();
        return Verification.exact("every acknowledged sign-up is on a roster once (confirmed or waiting)",
                acknowledged(), ambiguous(), confirmed + waitlisted, Map.of())
                .and("no shift holds more confirmed volunteers than its capacity, and the rosters agree with the "
                        + "answers", holds, counts);
    }

    @Override
    public void close() throws InterruptedException {
        platform.close();
    }
}
