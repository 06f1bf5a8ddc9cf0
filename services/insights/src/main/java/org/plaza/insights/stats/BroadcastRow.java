package org.plaza.insights.stats;

import java.time.Instant;
import java.util.List;

/**
 * One broadcast of a campaign and what became of it: its segment's size when it was queued, the requests handed to
 * notifications (sent), delivered, failed, unsubscribed through its link, and the same per channel and language.
 *
 * @param sendAt when it was to go (now, or its scheduled time)
 * @param slices the same counts per channel and language, Spanish first
 */
public record BroadcastRow(String id, String subjectEs, String subjectEn, String channel, Instant sendAt,
        Instant queuedAt, long audience, long sent, long skipped, long delivered, long failed, long unsubscribed,
        List<Slice> slices) implements Titled {

    /** The counts of one channel and language of a broadcast. */
    public record Slice(String channel, String language, long audience, long sent, long skipped, long delivered,
            long failed, long unsubscribed) {
    }

    @Override
    public String titleEs() {
        return subjectEs;
    }

    @Override
    public String titleEn() {
        return subjectEn;
    }
}
