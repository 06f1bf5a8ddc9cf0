package org.plaza.insights.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One broadcast of a campaign and what became of it: its segment's size when it was queued, the requests handed to
 * notifications (sent: emails and texts), delivered, failed, unsubscribed through its link, and the same per channel
 * and language, texts apart from emails.
 *
 * @param channel      EMAIL, SMS or EMAIL_AND_SMS, as the organizer chose
 * @param sendAt       when it was to go (now, or its scheduled time)
 * @param skipped      supporters who got nothing (no consent or contact for any channel it went by)
 * @param slices       the same counts per channel and language, emails first, Spanish first
 * @param texts        texts handed to notifications (0 for an email broadcast)
 * @param textSegments the segments each language's text took, what carriers bill per text (empty without texts)
 */
public record BroadcastRow(String id, String subjectEs, String subjectEn, String channel, Instant sendAt,
        Instant queuedAt, long audience, long sent, long skipped, long delivered, long failed, long unsubscribed,
        List<Slice> slices, long texts, Map<String, Long> textSegments) implements Titled {

    /**
     * The counts of one channel and language of a broadcast.
     *
     * @param audience the segment's supporters of that language
     * @param skipped  those of them this channel did not reach
     */
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
