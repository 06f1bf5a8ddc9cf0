package org.plaza.supporters.broadcast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.plaza.starter.sms.SmsPricing;
import org.plaza.starter.sms.SmsSegments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A broadcast's text message as notifications will send it ({@code sms.supporters.broadcast}: the organization's name,
 * a colon, the organizer's text, then how to stop, since campaign updates are optional), counted as carriers count it
 * ({@link SmsSegments}) and priced ({@link SmsPricing}). The rules of a text are here, once: a version in each
 * language, at most {@code text-max-segments} segments as sent.
 */
@Component
public class TextPreview {

    static final String STOP_LINE = "supporters.broadcast.text.stop-line";

    private final BroadcastSettings settings;
    private final MessageSource messages;
    private final SmsPricing pricing;

    TextPreview(BroadcastSettings settings, MessageSource messages, SmsPricing pricing) {
        this.settings = settings;
        this.messages = messages;
        this.pricing = pricing;
    }

    /** The text as it arrives: {@code <sender>: <text> <how to stop>}, in {@code language}. */
    public String asSent(String language, String text) {
        return sender() + ": " + text + " " + stopLine(language);
    }

    /** The name every text starts with. */
    public String sender() {
        return settings.textSender();
    }

    /** How to stop, as every optional text ends in {@code language}. */
    public String stopLine(String language) {
        return messages.getMessage(STOP_LINE, null, Locale.forLanguageTag(Recipient.language(language)));
    }

    /** The most segments a text may take as sent. */
    public int maxSegments() {
        return settings.textMaxSegments();
    }

    /** How the text counts as it arrives. */
    public SmsSegments.Count count(String language, String text) {
        return SmsSegments.count(asSent(language, text));
    }

    /** The segments each language's text takes as sent. */
    public Map<String, Integer> segments(ShortText text) {
        Map<String, Integer> segments = new LinkedHashMap<>();
        for (String language : Reach.LANGUAGES) {
            segments.put(language, count(language, text.in(language)).segments());
        }
        return segments;
    }

    /**
     * What is wrong with one language's version, if anything: it is empty, or it takes more than the most segments
     * allowed (the message says how many it takes and about how many characters fit).
     */
    public Optional<Refusal> refusal(String language, String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(new Refusal("supporters.broadcast.text.required"));
        }
        SmsSegments.Count count = count(language, text.strip());
        int max = settings.textMaxSegments();
        if (count.segments() <= max) {
            return Optional.empty();
        }
        String frame = asSent(language, "");
        int frameUnits = count.gsm7() ? SmsSegments.count(frame).units() : frame.length();
        int room = Math.max(0, max * count.encoding().unitsPerSegment() - frameUnits);
        return Optional.of(new Refusal(count.gsm7() ? "supporters.broadcast.text.too-long"
                : "supporters.broadcast.text.too-long-accents", count.segments(), max, room));
    }

    /** The refusals of a broadcast's texts by form field ({@code esText}, {@code enText}); none when it sends none. */
    public Map<String, Refusal> refusals(BroadcastChannel channel, ShortText text) {
        Map<String, Refusal> refusals = new LinkedHashMap<>();
        if (channel.texts()) {
            for (String language : Reach.LANGUAGES) {
                refusal(language, text.in(language)).ifPresent(refusal -> refusals.put(language + "Text", refusal));
            }
        }
        return refusals;
    }

    /** The texts' segments, encodings and cost for the recipients the reach counts. */
    public TextEstimate estimate(ShortText text, Reach reach) {
        List<TextEstimate.Version> versions = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (String language : Reach.LANGUAGES) {
            String asSent = asSent(language, text.in(language));
            long recipients = reach.in(language).texts();
            BigDecimal cost = pricing.estimate(asSent, recipients);
            total = total.add(cost);
            versions.add(new TextEstimate.Version(language, asSent, SmsSegments.count(asSent),
                    listed(SmsSegments.charactersOutsideGsm7(asSent)), recipients, cost));
        }
        return new TextEstimate(versions, total, pricing.currency(), pricing.pricePerSegment());
    }

    /** Each character once, separated by commas ("á, ó"), for a sentence. */
    private static String listed(String characters) {
        return String.join(", ", characters.codePoints().mapToObj(Character::toString).toList());
    }

    /** An amount as the pages show it: two decimals (at least one cent when it is not nothing) and the currency. */
    public static String money(BigDecimal amount, String currency) {
        BigDecimal shown = amount.setScale(2, RoundingMode.HALF_UP);
        if (shown.signum() == 0 && amount.signum() > 0) {
            shown = new BigDecimal("0.01");
        }
        return shown.toPlainString() + " " + currency;
    }

    /**
     * A message key and its arguments, shown next to the field.
     *
     * @param code      the message key
     * @param arguments its arguments
     */
    public record Refusal(String code, Object... arguments) {
    }
}
