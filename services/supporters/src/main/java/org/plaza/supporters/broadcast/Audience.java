package org.plaza.supporters.broadcast;

import java.time.Instant;
import java.util.stream.Stream;

/**
 * What a broadcast needs from the supporter directory: counting an audience, streaming it in supporter-id order
 * from a point (so a half-queued broadcast resumes where it stopped), and withdrawing a consent when a recipient
 * unsubscribes through a link. {@link DirectoryAudience} answers it from the supporter index and store; tests may
 * answer it from elsewhere.
 */
public interface Audience {

    /** How many supporters of the campaign match, consent or not. */
    long count(String campaignId, AudienceFilter filter);

    /**
     * Who a broadcast by {@code channel} would reach among the matching supporters now, per language: by the same rule
     * the queue applies to each recipient ({@link Reach.Tally#add(Recipient)}). This reads every match; an audience
     * may answer it from what it already holds.
     */
    default Reach reach(String campaignId, AudienceFilter filter, BroadcastChannel channel) {
        Reach.Tally tally = Reach.tally(channel);
        try (Stream<Recipient> recipients = stream(campaignId, filter, null)) {
            recipients.forEach(tally::add);
        }
        return tally.reach();
    }

    /**
     * The matching supporters of the campaign in ascending {@code supporterId}, starting after
     * {@code afterSupporterId} (null: from the first). The stream holds a cursor, never the whole audience:
     * close it.
     */
    Stream<Recipient> stream(String campaignId, AudienceFilter filter, String afterSupporterId);

    /**
     * The supporter withdrew a consent through an unsubscribe link ({@code changeId} identifies that unsubscribe,
     * {@code viaRequestId} the message whose link it was, if known); repeating it changes nothing.
     */
    void withdrawConsent(String supporterId, String channel, String category, String changeId, String viaRequestId,
            Instant at);

    /**
     * The supporter subscribed again from the unsubscribe page ({@code changeId} identifies that decision): the same
     * consent is granted again as of {@code at}, so a later unsubscribe still wins; repeating it changes nothing.
     */
    void restoreConsent(String supporterId, String channel, String category, String changeId, Instant at);
}
