package org.plaza.petitions.abuse;

import java.time.Instant;

import org.plaza.events.petitions.SignatureRateSpiked;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One rate-spike alert. Its id is the petition and the cooldown period it falls in, so instances that
 * notice the same spike store (and announce) it once.
 */
@Document("rate_alerts")
class RateAlert extends OutboxAggregate {

    @Id
    private String id;
    private String petitionId;
    private int signaturesInWindow;
    private double perMinute;
    private double baselinePerMinute;
    private Instant detectedAt;

    private RateAlert() {
    }

    static RateAlert raised(String id, String campaignId, String petitionId, Instant windowStart, Instant windowEnd,
            int signaturesInWindow, double perMinute, double baselinePerMinute, Instant now) {
        RateAlert alert = new RateAlert();
        alert.id = id;
        alert.petitionId = petitionId;
        alert.signaturesInWindow = signaturesInWindow;
        alert.perMinute = perMinute;
        alert.baselinePerMinute = baselinePerMinute;
        alert.detectedAt = now;
        alert.raise(new SignatureRateSpiked(petitionId, campaignId, windowStart, windowEnd, signaturesInWindow,
                perMinute, baselinePerMinute, now));
        return alert;
    }

    String petitionId() {
        return petitionId;
    }
}
