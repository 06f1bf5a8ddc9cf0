package org.plaza.bench.petitions;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.plaza.bench.load.Outcome;
import org.plaza.bench.platform.Await;
import org.plaza.bench.platform.Fixtures.Petition;
import org.plaza.bench.platform.Json;
import org.plaza.bench.platform.Platform;
import org.plaza.bench.platform.Residents;
import org.plaza.bench.scenario.CodeConfirmation;
import org.plaza.bench.scenario.CountedScenario;
import org.plaza.bench.scenario.Verification;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Residents sign and confirm: one operation is the signature submitted, its code read from the
 * notification request on Kafka, and the confirmation with that code (only a confirmed signature
 * counts). Steps {@code sign}, {@code code-on-kafka} and {@code confirm} are timed separately. A share of
 * the traffic goes to one viral petition, the rest is spread over the others.
 */
public final class SignScenario extends CountedScenario {

    private final Platform platform;
    private final List<Petition> petitions = new ArrayList<>();
    private final Map<String, LongAdder> confirmedBySlug = new ConcurrentHashMap<>();
    private String campaignId;
    private CodeConfirmation confirmation;

    public SignScenario(Platform platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "sign";
    }

    @Override
    public void prepare() {
        campaignId = platform.fixtures().launchCampaign("firmas");
        for (int i = 0; i < Math.max(1, platform.options().petitions()); i++) {
            Petition petition = platform.fixtures().publishPetition(campaignId, i);
            petitions.add(petition);
            confirmedBySlug.put(petition.slug(), new LongAdder());
        }
        confirmation = new CodeConfirmation(platform.codes(), platform.options().codeTimeout(), steps);
    }

    /** The petition of operation {@code sequence}: the first (viral) one for {@code viralShare} of them. */
    static int petitionIndex(long sequence, int petitions, double viralShare) {
        if (petitions == 1) {
            return 0;
        }
        long slot = (sequence * 7919) % 1000;
        if (slot < Math.round(viralShare * 1000)) {
            return 0;
        }
        return 1 + (int) (sequence % (petitions - 1));
    }

    @Override
    protected CompletableFuture<Outcome> run(long sequence) {
        Petition petition = petitions.get(petitionIndex(sequence, petitions.size(), platform.options().viralShare()));
        String email = Residents.email(platform.run(), sequence);
        String client = Residents.clientAddress(sequence);
        ObjectNode body = Json.object();
        body.put("fullName", Residents.name(sequence));
        body.put("email", email);
        body.put("community", Residents.community(sequence));
        body.put("website", "");
        String base = "api/public/petitions/" + petition.slug();
        return confirmation.run(email, "sign",
                () -> platform.http().postJson(base + "/signatures", Json.write(body), client),
                "ticket", (ticket, code) -> {
                    ObjectNode confirm = Json.object();
                    confirm.put("ticket", ticket);
                    confirm.put("code", code);
                    return platform.http().postJson(base + "/confirmations", Json.write(confirm), client);
                }, status -> status == 200).thenApply(outcome -> {
                    if (outcome.ok()) {
                        confirmedBySlug.get(petition.slug()).increment();
                    }
                    return outcome;
                });
    }

    @Override
    public Verification verify(long ignoredAcknowledged, long ignoredAmbiguous) {
        long acknowledged = acknowledged();
        long ambiguous = ambiguous();
        Map<String, Long> settled = Await.settled(platform.options().settle(), Duration.ofSeconds(2), this::counts,
                counts -> counts.values().stream().allMatch(count -> count >= acknowledged
                        && count.equals(counts.get("staffApiVerified"))));
        long stored = 0;
        long petitionsOff = 0;
        for (Petition petition : petitions) {
            long rows = csvRows(petition);
            stored += rows;
            long expected = confirmedBySlug.get(petition.slug()).sum();
            if (rows < expected) {
                petitionsOff++;
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>(settled);
        counts.put("csvRowsEqualStored", stored);
        return Verification.exact("each confirmed signature is stored once (verified rows of the staff CSV "
                + "export) and counted once by the staff API, the public counts and the insights projection",
                acknowledged, ambiguous, stored, counts)
                .and("no petition holds fewer verified signatures than were confirmed on it", petitionsOff == 0,
                        Map.of("petitionsShort", petitionsOff));
    }

    /** Verified signatures by source, summed over this run's petitions. */
    private Map<String, Long> counts() {
        long staff = 0;
        long publicCounts = 0;
        for (Petition petition : petitions) {
            staff += platform.staff().get("api/staff/petitions/" + petition.id()).path("counts").path("verified").asLong();
            HttpResponse<String> shown = platform.http().get("api/public/petitions/" + petition.slug() + "/counts").join();
            publicCounts += Json.parse(shown.body()).path("verified").asLong();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("staffApiVerified", staff);
        counts.put("publicCountsVerified", publicCounts);
        JsonNode insights = platform.insightsTotals(campaignId);
        counts.put("insightsSignatures", insights.path("signatures").asLong(-1));
        return counts;
    }

    /** Data rows of the petition's verified-signature export (UTF-8 with BOM, one header row). */
    private long csvRows(Petition petition) {
        HttpResponse<String> csv = platform.staff().getRaw("api/staff/petitions/" + petition.id() + "/signatures.csv",
                "text/csv");
        if (csv.statusCode() != 200) {
            throw new IllegalStateException("signatures.csv answered " + csv.statusCode() + ": " + csv.body());
        }
        return csv.body().lines().filter(line -> !line.isBlank()).count() - 1;
    }

    /** The campaign, for reads of its petitions in other scenarios. */
    List<Petition> petitions() {
        return petitions;
    }

    @Override
    public void close() throws InterruptedException {
        platform.close();
    }
}
