package org.plaza.supporters.broadcast;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How broadcasts go out ({@code plaza.supporters.broadcasts.*}).
 *
 * @param approvalThreshold a broadcast to more supporters than this needs a second staff member's approval
 *                          (the admin sets it for the deployment)
 * @param batchSize         recipients per queued batch (one MongoDB write with their requests)
 * @param queueInterval     how often the queue looks for broadcasts due to go out
 * @param lease             how long an instance owns a broadcast it is queuing without writing progress
 * @param textSender        the name a text starts with: the organization notifications puts before every text
 *                          ({@code PLAZA_ORGANIZATION_NAME}, as notifications' branding), so the segments shown before
 *                          sending are those of the text as it goes
 * @param textMaxSegments   the most SMS segments a broadcast's text may take as sent, in each language
 */
@ConfigurationProperties("plaza.supporters.broadcasts")
public record BroadcastSettings(
        @DefaultValue("500") long approvalThreshold,
        @DefaultValue("500") int batchSize,
        @DefaultValue("5s") Duration queueInterval,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("Plaza") String textSender,
        @DefaultValue("3") int textMaxSegments) {
}
