package org.plaza.insights.stats;

import java.time.Instant;
import java.util.Map;

/**
 * A petition of a campaign with its counting signatures, delivery and response; {@code byChannel} splits the
 * signatures by where they came from (WEB, PAPER_FORM, CANVASS), largest first.
 */
public record PetitionRow(String id, String titleEs, String titleEn, String status, long goal, long signatures,
        Instant closesAt, String deliveredOn, String deliveryMethod, String responseOutcome, long milestonesReached,
        Map<String, Long> byChannel)
        implements Titled {

    public PetitionRow {
        byChannel = byChannel == null ? Map.of() : byChannel;
    }

    public PetitionRow(String id, String titleEs, String titleEn, String status, long goal, long signatures,
            Instant closesAt, String deliveredOn, String deliveryMethod, String responseOutcome,
            long milestonesReached) {
        this(id, titleEs, titleEn, status, goal, signatures, closesAt, deliveredOn, deliveryMethod, responseOutcome,
                milestonesReached, Map.of());
    }

    /** Whether some signatures came from elsewhere than the web form (the page then shows the split). */
    public boolean offline() {
        return byChannel.keySet().stream().anyMatch(channel -> !"WEB".equals(channel));
    }
}
