package org.plaza.insights.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaza.insights.support.Fixtures.campaign;
import static org.plaza.insights.support.Fixtures.id;
import static org.plaza.insights.support.Fixtures.now;
import static org.plaza.insights.support.Fixtures.petition;
import static org.plaza.insights.support.Fixtures.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.EventTypes;
import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.insights.support.InsightsServiceTest;
import org.plaza.testsupport.security.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The consumer's side of {@code SignatureVerified.shareSource} and {@code CommentSubmitted.shareSource}, from the
 * events module's samples: a campaign's and each petition's verified signatures, and the campaign's comments, by the
 * share that brought them; one from before the field, or without a source, as "no share link".
 */
class ShareSourceProjectionTest extends InsightsServiceTest {

    @Test
    void signaturesAreCountedByTheShareThatBroughtThemOverTheCampaignAndPerPetition() {
        String campaign = id("cmp");
        String water = id("pet");
        String rent = id("pet");
        events.publish(campaign(campaign, "Agua limpia", "Clean water", "org-1"));
        events.publish(petition(water, campaign, now().plus(3, ChronoUnit.DAYS)));
        events.publish(petition(rent, campaign, now().plus(3, ChronoUnit.DAYS)));
        events.publish(shared(water, campaign, "WHATSAPP"));
        events.publish(shared(water, campaign, "WHATSAPP"));
        events.publish(shared(water, campaign, "QR"));
        events.publish(shared(rent, campaign, "FLYER"));
        events.publish(signature(id("sig"), rent, campaign, id("sup"), "MECCA", "es"));
        events.publish(comment(campaign, "SMS"));
        events.publish(comment(campaign, null));
        String path = "/api/staff/insights/campaigns/" + campaign;

        JsonNode detail = await().atMost(Duration.ofSeconds(60)).until(() -> api().getJson(path, "op-1", Role.OPERATOR),
                d -> d.at("/totals/signatures").asLong() == 5 && d.get("signatureSources").size() == 2
                        && d.at("/totals/comments").asLong() == 2);

        assertThat(counts(detail.get("signaturesByShareSource"))).containsExactly(Map.entry("WHATSAPP", 2L),
                Map.entry("FLYER", 1L), Map.entry("QR", 1L), Map.entry("UNKNOWN", 1L));
        assertThat(counts(detail.get("commentsByShareSource"))).containsExactly(Map.entry("SMS", 1L),
                Map.entry("UNKNOWN", 1L));
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        detail.get("signatureSources").forEach(row -> rows.put(row.get("id").asString(), row));
        assertThat(counts(rows.get(water).get("bySource"))).containsOnly(Map.entry("WHATSAPP", 2L), Map.entry("QR", 1L));
        assertThat(counts(rows.get(rent).get("bySource"))).containsOnly(Map.entry("FLYER", 1L),
                Map.entry("UNKNOWN", 1L));
        assertThat(api().get("/staff/insights/campaigns/" + campaign + "?lang=es", "op-1", Role.OPERATOR).text())
                .contains("Qué forma de compartir funcionó", "Volante", "Sin enlace compartido",
                        "Comentarios por forma de compartir", "Mensaje de texto");
        assertThat(api().get("/staff/insights/campaigns/" + campaign + "?lang=en", "op-1", Role.OPERATOR).text())
                .contains("Which share worked", "Flyer", "No share link");
    }

    /** The events module's sample, on this petition, with this share source. */
    private SignatureVerified shared(String petitionId, String campaignId, String source) {
        ObjectNode sample = sample("plaza.petitions.signature-verified.v1");
        sample.put("signatureId", id("sig")).put("petitionId", petitionId).put("campaignId", campaignId)
                .put("supporterId", id("sup")).put("shareSource", source)
                .put("verifiedAt", now().minus(5, ChronoUnit.MINUTES).toString());
        return json.treeToValue(sample, SignatureVerified.class);
    }

    /** The events module's sample of a first comment on the campaign, with this share source (or none). */
    private CommentSubmitted comment(String campaignId, String source) {
        ObjectNode sample = sample("plaza.comments.comment-submitted.v1");
        sample.put("commentId", id("cmt")).put("driveId", id("drv")).put("campaignId", campaignId)
                .put("supporterId", id("sup")).put("shareSource", source)
                .put("submittedAt", now().minus(5, ChronoUnit.MINUTES).toString());
        return json.treeToValue(sample, CommentSubmitted.class);
    }

    private ObjectNode sample(String type) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(EventTypes.sampleResource(type))) {
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> counts = new LinkedHashMap<>();
        node.properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }
}
