package org.plaza.notifications.channel.sms;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS channel's settings ({@code plaza.notifications.sms.*}). Which countries may be texted is the platform's
 * {@code plaza.phone.allowed-regions} (the starter's phone kit), the same list residents' numbers are checked
 * against.
 *
 * @param webhookBaseUrl the public address the provider calls back (status reports, residents' replies), as the
 *        provider sees it; signatures are checked against it. Blank uses {@code plaza.notifications.links.public-base-url}
 * @param quietHours when optional texts wait
 * @param limits the anti-pumping limits
 * @param reconcile when texts without a delivery report are asked about
 */
@ConfigurationProperties("plaza.notifications.sms")
public record SmsSettings(@DefaultValue("") String webhookBaseUrl, @DefaultValue QuietHoursSettings quietHours,
        @DefaultValue Limits limits, @DefaultValue Reconcile reconcile) {

    /**
     * Texts the provider took whose delivery report has not come: their status is fetched from the provider
     * {@code after} they were sent, then again at doubling intervals (at most {@code maxRecheck} apart) until the
     * provider has a final answer or {@code giveUpAfter} has passed since the send.
     *
     * @param after how long a report may take before the provider is asked (10 minutes)
     * @param interval how often the job looks for such texts (1 minute)
     * @param maxRecheck the longest wait between two questions about one text (6 hours)
     * @param giveUpAfter when to stop asking: the text then stays sent, without a report (48 hours)
     */
    public record Reconcile(@DefaultValue("10m") Duration after, @DefaultValue("1m") Duration interval,
            @DefaultValue("6h") Duration maxRecheck, @DefaultValue("48h") Duration giveUpAfter) {
    }

    /**
     * No optional (non-transactional) text between {@code start} and {@code end} in the community's time zone: it
     * waits until {@code end}.
     *
     * @param start when quiet hours begin (21:00)
     * @param end when they end (08:00)
     * @param zone the community's time zone (America/Los_Angeles)
     */
    public record QuietHoursSettings(@DefaultValue("21:00") LocalTime start, @DefaultValue("08:00") LocalTime end,
            @DefaultValue("America/Los_Angeles") ZoneId zone) {
    }

    /**
     * Texts allowed per {@code window}: to one number (every text), and to one prefix (codes and other transactional
     * texts, the ones anyone can trigger from a form, which is what SMS pumping abuses).
     *
     * @param perNumber texts to one number per window
     * @param perPrefix transactional texts to one prefix per window
     * @param prefixDigits digits of the national number that make a prefix (6: a US area code and exchange)
     * @param window the window
     */
    public record Limits(@DefaultValue("10") int perNumber, @DefaultValue("30") int perPrefix,
            @DefaultValue("6") int prefixDigits, @DefaultValue("1h") Duration window) {
    }
}
