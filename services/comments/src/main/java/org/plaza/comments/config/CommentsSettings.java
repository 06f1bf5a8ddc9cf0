package org.plaza.comments.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the comments service runs its background work and builds its links. What residents choose from
 * (communities, languages) is the platform vocabulary ({@code org.plaza.starter.vocabulary.Vocabulary}).
 *
 * @param publicBaseUrl          origin of the links in residents' emails (the gateway's public origin in a
 *                               deployment); blank means this instance's own address
 * @param packetBaseUrl          origin the notifications service fetches packets from (loopback by
 *                               default); blank means {@code http://127.0.0.1:<port>}
 * @param codeAttempts           wrong confirmation codes accepted before the code stops working
 * @param similarityThreshold    shingle Jaccard similarity from which two comments are one group (0..1)
 * @param closingCheckInterval   how often due drives are looked for (they are also looked for at start)
 * @param autoDeliverPacket      whether a packet compiled at closing goes to the clerk at once when no
 *                               comment waits for moderation
 * @param packetLinkValidity     how long the link in a packet delivery keeps working
 * @param anonymizeAfter         how long after a drive closes its commenters' names, emails and organizations
 *                               (and the stored packet files, which print the names) are erased (the
 *                               starter's job {@code personal-data-retention} looks hourly)
 * @param closingSoonBefore      how long before the deadline a resident who sent a draft and has no confirmed
 *                               comment on the drive is reminded ({@code comments.closing-soon}, asked for at that
 *                               moment by the job {@code comments.closing-soon-reminders})
 */
@ConfigurationProperties("plaza.comments")
public record CommentsSettings(
        @DefaultValue("") String publicBaseUrl,
        @DefaultValue("") String packetBaseUrl,
        @DefaultValue("5") int codeAttempts,
        @DefaultValue("0.7") double similarityThreshold,
        @DefaultValue("5s") Duration closingCheckInterval,
        @DefaultValue("true") boolean autoDeliverPacket,
        @DefaultValue("14d") Duration packetLinkValidity,
        @DefaultValue("180d") Duration anonymizeAfter,
        @DefaultValue("24h") Duration closingSoonBefore) {

    public CommentsSettings {
        if (similarityThreshold <= 0 || similarityThreshold > 1) {
            throw new IllegalArgumentException("plaza.comments.similarity-threshold must be in (0, 1]");
        }
    }
}
