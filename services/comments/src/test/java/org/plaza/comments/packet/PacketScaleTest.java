package org.plaza.comments.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Measures compiling a large packet (run with {@code -Dplaza.comments.scale=100000}): comments are written
 * straight into MongoDB as a confirmed, approved, grouped drive would hold them, then the packet is compiled
 * from cursors. It reports the time and the heap; it asserts only the totals, never a duration.
 */
@CommentsServiceTest
@EnabledIfSystemProperty(named = "plaza.comments.scale", matches = "\\d+")
class PacketScaleTest {

    private static final Logger log = LoggerFactory.getLogger(PacketScaleTest.class);
    private static final String[] COMMUNITIES = { "COACHELLA", "MECCA", "OASIS", "THERMAL", "NORTH_SHORE", "INDIO" };
    private static final String[] TEMPLATES = {
        "Me opongo al aumento de las tarifas de agua porque muchas familias ya pagan más de lo que pueden.",
        "I oppose the rate increase: the district must fix the arsenic in our wells before charging more.",
        "Apoyo el plan si incluye agua potable segura para las escuelas de North Shore y Mecca." };

    @Autowired
    Fixtures fixtures;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PacketService packets;

    @Test
    void compilesAPacketOfManyCommentsFromCursors() {
        int count = Integer.getInteger("plaza.comments.scale");
        String driveId = fixtures.drive(fixtures.body(3000), Duration.ofDays(2), false);
        fixtures.postJson("/api/staff/comments/drives/" + driveId + "/close", fixtures.admin(), Map.of());
        Date confirmed = Date.from(Instant.now().minus(Duration.ofHours(1)));
        List<Document> batch = new ArrayList<>();
        int grouped = 0;
        for (int i = 0; i < count; i++) {
            boolean inGroup = i % 10 < 6;
            String id = String.format("cmt_scale_%09d", i);
            String text = inGroup ? TEMPLATES[i % 3]
                    : "Comentario individual número " + i + ": el agua de mi casa en " + COMMUNITIES[i % 6]
                            + " sale turbia y con olor; pedimos a la junta que revise el pozo antes de votar.";
            grouped += inGroup ? 1 : 0;
            batch.add(new Document("_id", id).append("driveId", driveId).append("activeKey", driveId + "|sup_" + i)
                    .append("linkTokenHash", id).append("status", "CONFIRMED")
                    .append("moderation", "APPROVED").append("confirmedAt", confirmed)
                    .append("groupKey", inGroup ? "cmt_scale_group_" + (i % 3) : id)
                    .append("content", new Document("name", "Residente " + i).append("community", COMMUNITIES[i % 6])
                            .append("position", i % 4 == 0 ? "SUPPORT" : "OPPOSE").append("language", i % 5 == 0 ? "en" : "es")
                            .append("text", text).append("wantsToSpeak", i % 20 == 0)
                            .append("speakingLanguage", i % 20 == 0 ? "es" : null)));
            if (batch.size() == 5000) {
                mongo.getCollection("comments").insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection("comments").insertMany(batch);
        }
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        Packet packet = packets.compileNow(driveId, "admin-1");
        long millis = (System.nanoTime() - started) / 1_000_000;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        log.info("SCALE: {} comments compiled in {} ms; PDF {} bytes, CSV {} bytes; peak heap of this JVM (service, "
                + "embedded Kafka and MongoDB holding the comments) {} MB", count, millis, packet.pdfBytes(),
                packet.csvBytes(), peakHeap / (1024 * 1024));
        assertThat(packet.totals().commentCount()).isEqualTo(count);
        assertThat(packet.totals().groupCount()).isEqualTo(3);
        assertThat(packet.totals().uniqueCommentCount()).isEqualTo(count - grouped);
    }
}
