package org.plaza.insights.stats;

import java.time.Instant;

/**
 * Something that will happen soon and needs attention.
 *
 * @param kind       what it is
 * @param at         when
 * @param campaignId the campaign
 * @param id         the petition, drive or shift
 * @param signedUp   for an understaffed shift: places taken now
 * @param minimum    for an understaffed shift: its minimum
 */
public record Deadline(Kind kind, Instant at, String campaignId, String id, String titleEs, String titleEn,
        long signedUp, long minimum) implements Titled {

    /** Kinds of deadlines. */
    public enum Kind {
        HEARING, COMMENT_DEADLINE, PETITION_CLOSES, UNDERSTAFFED_SHIFT
    }
}
