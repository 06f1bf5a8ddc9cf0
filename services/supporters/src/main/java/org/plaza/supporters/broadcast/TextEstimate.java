package org.plaza.supporters.broadcast;

import java.math.BigDecimal;
import java.util.List;

import org.plaza.starter.sms.SmsSegments;

/**
 * What a broadcast's texts will take and cost, shown before it is sent: each language's text as it goes, its segments
 * and encoding, how many get it, and the estimate at the configured price per segment ({@code SmsPricing}). Only an
 * estimate: the provider's bill decides.
 *
 * @param versions        Spanish, then English
 * @param cost            every text together
 * @param currency        ISO 4217, the price's
 * @param pricePerSegment the configured price of one segment
 */
public record TextEstimate(List<Version> versions, BigDecimal cost, String currency, BigDecimal pricePerSegment) {

    /**
     * One language's text.
     *
     * @param language       es or en
     * @param asSent         the text with the sender's name before it and how to stop after it
     * @param count          its encoding, units and segments
     * @param forcingUcs2    the characters that make it UCS-2, each once, separated by commas (empty for GSM-7)
     * @param recipients     how many get it in this language
     * @param cost           what their texts cost
     */
    public record Version(String language, String asSent, SmsSegments.Count count, String forcingUcs2,
            long recipients, BigDecimal cost) {

        /** Whether accents or other characters make each segment 70 characters (67 when split) instead of 160. */
        public boolean ucs2() {
            return !count.gsm7();
        }
    }

    /** Every text sent. */
    public long texts() {
        return versions.stream().mapToLong(Version::recipients).sum();
    }

    /** Every segment billed. */
    public long segments() {
        return versions.stream().mapToLong(v -> v.recipients() * v.count().segments()).sum();
    }
}
