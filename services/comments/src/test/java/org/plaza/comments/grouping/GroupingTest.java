package org.plaza.comments.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.comments.SentCommands;
import org.plaza.comments.notification.NotificationRequests;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;

@CommentsServiceTest
class GroupingTest {

    private static final String TEMPLATE = "Pedimos a la junta escolar que mantenga la ruta del autobús de North "
            + "Shore, porque nuestros hijos caminan por la carretera 111 en la oscuridad cada mañana.";

    @Autowired
    Fixtures fixtures;
    @Autowired
    SentCommands commands;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTestEvents events;

    @Test
    void groupsIdenticalAndNearIdenticalCommentsButNotDifferentOnes() {
        String driveId = fixtures.drive(fixtures.body(2000), Duration.ofDays(2), false);
        String first = confirmed(driveId, "A", TEMPLATE);
        String identical = confirmed(driveId, "B", TEMPLATE.toUpperCase().replace(",", ""));
        String near = confirmed(driveId, "C", TEMPLATE + " Gracias.");
        String different = confirmed(driveId, "D", "El presupuesto debe incluir más consejeros escolares en Mecca.");

        JsonNode groups = groups(driveId, 2);
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.get("size").asInt()).isEqualTo(3);
            assertThat(group.get("text").asString()).isEqualTo(TEMPLATE);
        });
        String key = groups.get(0).get("groupKey").asString();
        assertThat(members(driveId, key)).containsExactly(first, identical, near);
        assertThat(groups(driveId, 1)).extracting(g -> g.get("size").asInt()).containsExactly(3, 1);
        assertThat(different).isNotIn(members(driveId, key));
    }

    @Test
    void anOrganizerSplitsAndMergesGroups() {
        String driveId = fixtures.drive(fixtures.body(2000), Duration.ofDays(2), false);
        String first = confirmed(driveId, "A", TEMPLATE);
        String second = confirmed(driveId, "B", TEMPLATE);
        String third = confirmed(driveId, "C", TEMPLATE + " Gracias.");
        String other = confirmed(driveId, "D", "Queremos más árboles y sombra en las paradas del autobús de Thermal.");
        String key = groups(driveId, 2).get(0).get("groupKey").asString();

        fixtures.postJson("/api/staff/comments/drives/" + driveId + "/groups/split", fixtures.admin(),
                Map.of("commentIds", List.of(third)));
        assertThat(members(driveId, key)).containsExactly(first, second);
        assertThat(groups(driveId, 1)).extracting(g -> g.get("size").asInt()).containsExactly(2, 1, 1);

        String otherKey = fixtures.getJson("/api/staff/comments/drives/" + driveId + "/groups?minSize=1",
                fixtures.admin()).valueStream().filter(g -> !g.get("groupKey").asString().equals(key))
                .filter(g -> g.get("text").asString().startsWith("Queremos")).findFirst().orElseThrow()
                .get("groupKey").asString();
        fixtures.postJson("/api/staff/comments/drives/" + driveId + "/groups/merge", fixtures.admin(),
                Map.of("groupKeys", List.of(key, otherKey)));
        assertThat(members(driveId, key)).containsExactly(first, second, other);
    }

    @Test
    void aStricterThresholdKeepsOnlyTheCloserCommentsTogether() {
        String driveId = fixtures.drive(fixtures.body(2000), Duration.ofDays(2), false);
        confirmed(driveId, "A", TEMPLATE);
        confirmed(driveId, "B", TEMPLATE);
        confirmed(driveId, "C", TEMPLATE + " Mi hija tiene siete años.");
        assertThat(groups(driveId, 1)).extracting(g -> g.get("size").asInt()).containsExactly(3);

        fixtures.postJson("/api/staff/comments/drives/" + driveId + "/groups/regroup", fixtures.admin(),
                Map.of("similarityThreshold", 0.95));
        assertThat(groups(driveId, 1)).extracting(g -> g.get("size").asInt()).containsExactly(2, 1);
    }

    /**
     * A burst of comments alike but below the threshold (each is a group of its own) shares most MinHash bands: every
     * one used to add itself to each band's list, which every later one read and rewrote, so each cost more than the
     * last. A band keeps the entries grouping can reach, and the groups come out as before.
     */
    @Test
    void aBurstOfLookAlikeCommentsKeepsEveryFingerprintBandBounded() {
        String driveId = fixtures.drive(fixtures.body(2000), Duration.ofDays(2), false);
        Position before = events.positionOf(NotificationRequested.class);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ids.add(fixtures.submit(driveId, Fixtures.comment("R" + i, "burst" + i + "." + System.nanoTime()
                    + "@example.org", "NORTH_SHORE", "SUPPORT", "Comentario " + i
                    + ": las tarifas de agua deben bajar para las familias del valle."), "es"));
        }
        for (var email : events.awaitEvents(before, NotificationRequested.class,
                request -> request.templateKey().equals(NotificationRequests.CONFIRMATION)
                        && ids.contains(request.relatedIds().get(0)), ids.size(), Duration.ofSeconds(120))) {
            fixtures.postJson("/api/public/comments/comments/" + email.event().relatedIds().get(0) + "/confirmation",
                    null, Map.of("code", email.event().templateParameters().get("code")));
        }

        List<Document> bands = mongo.find(Query.query(Criteria.where("driveId").is(driveId)
                .and("representatives").exists(true)), Document.class, Grouping.INDEX);
        assertThat(bands).isNotEmpty().allSatisfy(band -> assertThat(band.getList("representatives", String.class))
                .hasSizeLessThanOrEqualTo(Grouping.BAND_LIMIT));
        assertThat(groups(driveId, 1)).hasSize(100);
        assertThat(groups(driveId, 2)).isEmpty();
    }

    @Test
    void groupingAConfirmedCommentReadsNeitherTheCommentNorItsDriveAgain() {
        String driveId = fixtures.drive(fixtures.body(2000), Duration.ofDays(2), false);
        String commentId = fixtures.submit(driveId, Fixtures.comment("E", "e." + System.nanoTime() + "@example.org",
                "NORTH_SHORE", "SUPPORT", TEMPLATE), "es");
        String code = fixtures.confirmationEmail(commentId).templateParameters().get("code");

        List<SentCommands.Sent> sent = commands.during(() -> fixtures.postJson(
                "/api/public/comments/comments/" + commentId + "/confirmation", null, Map.of("code", code)));

        assertThat(sent).filteredOn(command -> command.collection().equals("comments"))
                .filteredOn(command -> command.findFilter().toJson().contains(commentId)).as("the comment read")
                .hasSize(1);
        assertThat(sent).filteredOn(command -> command.collection().equals("drives"))
                .filteredOn(command -> command.findFilter().toJson().contains(driveId)).as("the drive read")
                .hasSize(1);
        assertThat(members(driveId, commentId)).containsExactly(commentId);
    }

    /**
     * A comment that becomes a representative claims its exact text's entry and adds itself to its 16 MinHash bands;
     * the 16 upserts were 16 round trips (most of a confirmed comment's MongoDB commands in the burst), then one
     * unordered bulk write after a read of the exact entry, another of the bands and a claim of its own. Now the exact
     * entry and the bands are one read, and the claim and the bands one bulk write.
     */
    @Test
    void aNewRepresentativeReadsItsIndexEntriesOnceAndClaimsThemInOneWrite() {
        String driveId = fixtures.drive(fixtures.body(2000), Duration.ofDays(2), false);
        String commentId = fixtures.submit(driveId, Fixtures.comment("F", "f." + System.nanoTime() + "@example.org",
                "NORTH_SHORE", "SUPPORT", TEMPLATE), "es");
        String code = fixtures.confirmationEmail(commentId).templateParameters().get("code");

        List<SentCommands.Sent> sent = commands.during(() -> fixtures.postJson(
                "/api/public/comments/comments/" + commentId + "/confirmation", null, Map.of("code", code)));

        List<SentCommands.Sent> index = sent.stream().filter(command -> command.collection().equals(Grouping.INDEX))
                .toList();
        assertThat(index).extracting(SentCommands.Sent::name).containsExactly("find", "update");
        assertThat(index.get(1).command().getArray("updates")).hasSize(TextFingerprint.BANDS + 1);
        assertThat(mongo.find(Query.query(Criteria.where("driveId").is(driveId).and("representatives").is(commentId)),
                Document.class, Grouping.INDEX)).hasSize(TextFingerprint.BANDS);
        assertThat(mongo.findById(driveId + "|x|" + TextFingerprint.of(TEMPLATE).exactKey(), Document.class,
                Grouping.INDEX).getString("representativeId")).isEqualTo(commentId);
        assertThat(members(driveId, commentId)).containsExactly(commentId);
        String twin = confirmed(driveId, "G", TEMPLATE);
        assertThat(members(driveId, commentId)).containsExactlyInAnyOrder(commentId, twin);
    }

    private JsonNode groups(String driveId, int minSize) {
        return fixtures.getJson("/api/staff/comments/drives/" + driveId + "/groups?minSize=" + minSize, fixtures.admin());
    }

    private List<String> members(String driveId, String key) {
        return fixtures.getJson("/api/staff/comments/drives/" + driveId + "/groups/" + key, fixtures.admin())
                .valueStream().map(m -> m.get("commentId").asString()).toList();
    }

    private String confirmed(String driveId, String name, String text) {
        return fixtures.submitAndConfirm(driveId, Fixtures.comment(name, name.toLowerCase() + "." + System.nanoTime()
                + "@example.org", "NORTH_SHORE", "SUPPORT", text));
    }
}
