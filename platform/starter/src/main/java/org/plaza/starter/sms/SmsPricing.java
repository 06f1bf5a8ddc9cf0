package org.plaza.starter.sms;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one SMS segment costs, for the estimates shown before a broadcast and the counts kept per text. Only an
 * estimate: the provider's price list (and carrier fees) decide the bill.
 *
 * @param pricePerSegment the price of one outbound segment ({@code plaza.sms.price-per-segment}, default 0.0083, about
 *        Twilio's US list price for a text from a local number)
 * @param currency the currency of that price, ISO 4217 ({@code plaza.sms.currency}, default USD)
 */
@ConfigurationProperties("plaza.sms")
public record SmsPricing(BigDecimal pricePerSegment, String currency) {

    public SmsPricing {
        pricePerSegment = pricePerSegment == null ? new BigDecimal("0.0083") : pricePerSegment;
        currency = currency == null || currency.isBlank() ? "USD" : currency;
        if (pricePerSegment.signum() < 0) {
            throw new IllegalArgumentException("plaza.sms.price-per-segment cannot be negative");
        }
    }

    /** The estimated price of sending {@code text} to {@code recipients} people. */
    public BigDecimal estimate(String text, long recipients) {
        return SmsSegments.count(text).cost(pricePerSegment, recipients);
    }
}
