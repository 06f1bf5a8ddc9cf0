package org.plaza.bench.comments;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.plaza.bench.load.Outcome;
import org.plaza.bench.platform.Await;
import org.plaza.bench.platform.Json;
import org.plaza.bench.platform.Platform;
import org.plaza.bench.platform.Residents;
import org.plaza.bench.scenario.CodeConfirmation;
import org.plaza.bench.scenario.CountedScenario;
import org.plaza.bench.scenario.Verification;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A burst of public comments on one drive: each operation sends a comment, reads its code from the
 * notification request on Kafka and confirms it (a comment counts once confirmed). The drive
 * auto-approves, so every confirmed comment is in the moderation list as APPROVED.
 */
public final class CommentBurstScenario extends CountedScenario {

    private static final String[] POSITIONS = { "SUPPORT", "OPPOSE", "NEUTRAL" };

    private final Platform platform;
    private String campaignId;
    private String driveId;
    private CodeConfirmation confirmation;

    public CommentBurstScenario(Platform platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "comment-burst";
    }

    @Override
    public void prepare() {
        campaignId = platform.fixtures().launchCampaign("comentarios");
        driveId = platform.fixtures().openDrive(campaignId);
        confirmation = new CodeConfirmation(platform.codes(), platform.options().codeTimeout(), steps);
    }

    @Override
    protected CompletableFuture<Outcome> run(long sequence) {
        String email = Residents.email(platform.run(), sequence);
        String client = Residents.clientAddress(sequence);
        ObjectNode form = Json.object();
        form.put("name", Residents.name(sequence));
        form.put("email", email);
        form.put("community", Residents.community(sequence));
        form.put("position", POSITIONS[(int) (sequence % POSITIONS.length)]);
        form.put("comment", "Comentario " + sequence + ": las tarifas de agua deben bajar para las familias del valle.");
        form.put("language", sequence % 2 == 0 ? "es" : "en");
        form.put("website", "");
        String comments = "api/public/comments/";
        return confirmation.run(email, "submit",
                () -> platform.http().postJson(comments + "drives/" + driveId + "/comments", Json.write(form), client),
                "commentId", (commentId, code) -> {
                    ObjectNode confirm = Json.object();
                    confirm.put("code", code);
                    return platform.http().postJson(comments + "comments/" + commentId + "/confirmation",
                            Json.write(confirm), client);
                }, status -> status / 100 == 2);
    }

    @Override
    public Verification verify(long ignoredAcknowledged, long ignoredAmbiguous) {
        long acknowledged = acknowledged();
        long ambiguous = ambiguous();
        Map<String, Long> insights = Await.settled(platform.options().settle(), Duration.ofSeconds(2),
                () -> Map.of("insightsComments", platform.insightsTotals(campaignId).path("comments").asLong(-1)),
                counts -> counts.get("insightsComments") >= acknowledged);
        Set<String> ids = new HashSet<>();
        long listed = 0;
        for (String state : new String[] { "APPROVED", "PENDING", "REJECTED" }) {
            for (int page = 0;; page++) {
                JsonNode items = platform.staff().get("api/staff/comments/drives/" + driveId + "/moderation?state=" + state
                        + "&size=200&page=" + page);
                if (items.isEmpty()) {
                    break;
                }
                for (JsonNode item : items) {
                    ids.add(item.path("commentId").asString());
                    listed++;
                }
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("staffModerationListed", listed);
        counts.putAll(insights);
        return Verification.exact("each confirmed comment is stored once (distinct confirmed comments in the staff "
                + "moderation lists) and counted once by the insights projection", acknowledged, ambiguous,
                ids.size(), counts);
    }

    @Override
    public void close() throws InterruptedException {
        platform.close();
    }
}
