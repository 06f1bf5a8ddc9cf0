package org.plaza.insights.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaza.insights.support.Fixtures.campaign;
import static org.plaza.insights.support.Fixtures.id;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.events.EventTypes;
import org.plaza.events.PlazaEvent;
import org.plaza.events.notifications.NotificationDelivered;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.notifications.RecipientUnsubscribed;
import org.plaza.events.supporters.BroadcastQueued;
import org.plaza.insights.support.InsightsServiceTest;
import org.plaza.testsupport.security.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The consumer's side of the broadcast contracts: {@code BroadcastQueued} from supporters and the outcome events of
 * notifications, each built from the events module's own sample, through real Kafka to the campaign page. Outcomes
 * arrive before and after their broadcast, test sends and other services' requests are not counted, and the numbers
 * stay the same after duplicates, redeliveries with new ids and a replay. A broadcast by email and text shows its texts
 * apart from its emails.
 */
class BroadcastProjectionTest extends InsightsServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void eachBroadcastOfACampaignShowsItsOutcomesByLanguageOnceThroughRedeliveriesAndReplay() {
        String campaign = id("cmp");
        String broadcast = "brd_" + UUID.randomUUID().toString().replace("-", "");
        String ana = broadcast + ":sup_ana";
        String ben = broadcast + ":sup_ben";
        String eva = broadcast + ":sup_eva";
        List<PlazaEvent> story = new ArrayList<>(List.of(
                campaign(campaign, "Agua limpia", "Clean water", "org-1"),
                unsubscribed(ben, List.of("CAMPAIGN_UPDATES")),
                delivered(ana, "es"),
                queued(broadcast, campaign),
                delivered(ben, "es"),
                failed(eva, "en"),
                delivered(broadcast + ":test:1:es", "es"),
                delivered("ntf-petitions-" + broadcast, "es"),
                unsubscribed(ana, List.of("REMINDERS"))));
        List<String> ids = publishAll(story);
        String path = "/api/staff/insights/campaigns/" + campaign;

        JsonNode detail = await().atMost(WAIT).until(() -> api().getJson(path, "op-1", Role.OPERATOR),
                d -> d.at("/broadcasts/0/delivered").asLong() == 2 && d.at("/broadcasts/0/failed").asLong() == 1
                        && d.at("/broadcasts/0/unsubscribed").asLong() == 1);

        JsonNode row = detail.at("/broadcasts/0");
        assertThat(detail.get("broadcasts")).hasSize(1);
        assertThat(row.get("id").asString()).isEqualTo(broadcast);
        assertThat(row.get("subjectEs").asString()).isEqualTo("La junta se reúne el martes: vengan a hablar");
        assertThat(row.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(List.of(row.get("audience").asLong(), row.get("sent").asLong(), row.get("skipped").asLong()))
                .containsExactly(4L, 3L, 1L);
        assertThat(slices(row)).containsExactly(
                "EMAIL es: audience 3, sent 2, delivered 2, failed 0, unsubscribed 1",
                "EMAIL en: audience 1, sent 1, delivered 0, failed 1, unsubscribed 0");
        assertThat(detail.at("/broadcasts/0/sendAt").asString()).isEqualTo("2026-12-07T18:00:00Z");

        String page = api().get("/staff/insights/campaigns/" + campaign + "?lang=es", "op-1", Role.OPERATOR).text();
        assertThat(page).contains("Envíos masivos", "La junta se reúne el martes", "Español · Correo electrónico",
                "id=\"chart-broadcasts\"");
        String english = api().get("/staff/insights/campaigns/" + campaign + "?lang=en", "op-1", Role.OPERATOR).text();
        assertThat(english).contains("Broadcasts", "The board meets Tuesday", "English · Email");

        JsonNode before = broadcasts(detail);
        deliverAgain(story, ids);
        assertThat(broadcasts(api().getJson(path, "op-1", Role.OPERATOR))).isEqualTo(before);

        replay();
        assertThat(broadcasts(api().getJson(path, "op-1", Role.OPERATOR))).isEqualTo(before);
    }

    @Test
    void aBroadcastByEmailAndTextShowsItsTextsApartFromItsEmailsPerLanguage() {
        String campaign = id("cmp");
        String broadcast = "brd_" + UUID.randomUUID().toString().replace("-", "");
        List<PlazaEvent> story = List.of(
                campaign(campaign, "Agua limpia", "Clean water", "org-1"),
                textDelivered(broadcast + ":sup_ana:sms"),
                queuedWithTexts(broadcast, campaign),
                delivered(broadcast + ":sup_ana", "es"),
                textFailed(broadcast + ":sup_luz:sms"),
                delivered(broadcast + ":sup_tom", "en"));
        publishAll(story);
        String path = "/api/staff/insights/campaigns/" + campaign;

        JsonNode detail = await().atMost(WAIT).until(() -> api().getJson(path, "op-1", Role.OPERATOR),
                d -> d.at("/broadcasts/0/delivered").asLong() == 3 && d.at("/broadcasts/0/failed").asLong() == 1);

        JsonNode row = detail.at("/broadcasts/0");
        assertThat(row.get("channel").asString()).isEqualTo("EMAIL_AND_SMS");
        assertThat(List.of(row.get("audience").asLong(), row.get("sent").asLong(), row.get("texts").asLong(),
                row.get("skipped").asLong())).containsExactly(4L, 5L, 2L, 0L);
        assertThat(slices(row)).containsExactly(
                "EMAIL es: audience 3, sent 2, delivered 1, failed 0, unsubscribed 0",
                "EMAIL en: audience 1, sent 1, delivered 1, failed 0, unsubscribed 0",
                "SMS es: audience 3, sent 2, delivered 1, failed 1, unsubscribed 0",
                "SMS en: audience 1, sent 0, delivered 0, failed 0, unsubscribed 0");
        String page = api().get("/staff/insights/campaigns/" + campaign + "?lang=es", "op-1", Role.OPERATOR).text();
        assertThat(page).contains("Correo electrónico y mensaje de texto", "Español · Mensaje de texto",
                "Mensajes de texto: 2; segmentos por mensaje: 2 en español, 1 en inglés");
        String english = api().get("/staff/insights/campaigns/" + campaign + "?lang=en", "op-1", Role.OPERATOR).text();
        assertThat(english).contains("Spanish · Text message", "Texts: 2; segments per text: 2 in Spanish, 1 in English");
    }

    @Test
    void onlyABroadcastRecipientsRequestBelongsToABroadcast() {
        assertThat(BroadcastProjection.broadcastOf("brd_01jf:sup_6y3x")).contains("brd_01jf");
        assertThat(BroadcastProjection.broadcastOf("brd_01jf:sup_6y3x:sms")).contains("brd_01jf");
        assertThat(BroadcastProjection.broadcastOf("brd_01jf:test:1:es")).isEmpty();
        assertThat(BroadcastProjection.broadcastOf("brd_01jf:sup_6y3x:x")).isEmpty();
        assertThat(BroadcastProjection.broadcastOf("ntf-comments-pkt-4m1q8z-1")).isEmpty();
        assertThat(BroadcastProjection.broadcastOf(null)).isEmpty();
    }

    /** An email broadcast, as supporters announced them before texts. */
    private BroadcastQueued queued(String broadcastId, String campaignId) {
        ObjectNode sample = sample(BroadcastQueued.class);
        sample.put("broadcastId", broadcastId).put("campaignId", campaignId).put("channel", "EMAIL").put("audience", 4)
                .put("queued", 3).put("skipped", 1);
        sample.putObject("queuedByLanguage").put("es", 2).put("en", 1);
        sample.putObject("skippedByLanguage").put("es", 1);
        sample.remove(List.of("textsQueued", "textsQueuedByLanguage", "audienceByLanguage", "textSegmentsByLanguage"));
        return json.treeToValue(sample, BroadcastQueued.class);
    }

    /** By email and text: ana (es) both, luz (es) a text only, sol (es) an email only, tom (en) an email only. */
    private BroadcastQueued queuedWithTexts(String broadcastId, String campaignId) {
        ObjectNode sample = sample(BroadcastQueued.class);
        sample.put("broadcastId", broadcastId).put("campaignId", campaignId).put("channel", "EMAIL_AND_SMS")
                .put("audience", 4).put("queued", 3).put("skipped", 0).put("textsQueued", 2);
        sample.putObject("queuedByLanguage").put("es", 2).put("en", 1);
        sample.putObject("skippedByLanguage");
        sample.putObject("textsQueuedByLanguage").put("es", 2);
        sample.putObject("audienceByLanguage").put("es", 3).put("en", 1);
        sample.putObject("textSegmentsByLanguage").put("es", 2).put("en", 1);
        return json.treeToValue(sample, BroadcastQueued.class);
    }

    private NotificationDelivered textDelivered(String requestId) {
        return json.treeToValue(sample(NotificationDelivered.class).put("requestId", requestId).put("channel", "SMS")
                .put("segments", 2).put("locale", "es"), NotificationDelivered.class);
    }

    private NotificationFailed textFailed(String requestId) {
        return json.treeToValue(sample(NotificationFailed.class).put("requestId", requestId)
                .put("requestingService", "supporters").put("templateKey", "supporters.broadcast").put("channel", "SMS")
                .put("reasonCode", "UNDELIVERED").put("locale", "es"), NotificationFailed.class);
    }

    private NotificationDelivered delivered(String requestId, String locale) {
        return json.treeToValue(sample(NotificationDelivered.class).put("requestId", requestId).put("locale", locale),
                NotificationDelivered.class);
    }

    private NotificationFailed failed(String requestId, String locale) {
        return json.treeToValue(sample(NotificationFailed.class).put("requestId", requestId)
                .put("requestingService", "supporters").put("templateKey", "supporters.broadcast")
                .put("locale", locale), NotificationFailed.class);
    }

    private RecipientUnsubscribed unsubscribed(String viaRequestId, List<String> categories) {
        ObjectNode sample = sample(RecipientUnsubscribed.class).put("unsubscribeId", UUID.randomUUID().toString())
                .put("viaRequestId", viaRequestId);
        categories.forEach(sample.putArray("categories")::add);
        return json.treeToValue(sample, RecipientUnsubscribed.class);
    }

    /** The events module's sample of an event type, to change only what the story needs. */
    private ObjectNode sample(Class<? extends PlazaEvent> type) {
        String resource = EventTypes.sampleResource(EventTypes.typeOf(type));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> slices(JsonNode row) {
        List<String> slices = new ArrayList<>();
        for (JsonNode s : row.get("slices")) {
            slices.add(s.get("channel").asString() + " " + s.get("language").asString() + ": audience "
                    + s.get("audience").asLong() + ", sent " + s.get("sent").asLong() + ", delivered "
                    + s.get("delivered").asLong() + ", failed " + s.get("failed").asLong() + ", unsubscribed "
                    + s.get("unsubscribed").asLong());
        }
        return slices;
    }

    private static JsonNode broadcasts(JsonNode detail) {
        return detail.get("broadcasts");
    }
}
