package org.plaza.notifications.channel.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.plaza.notifications.consent.TextConsent;
import org.plaza.notifications.template.TemplateRenderer;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the service does with a text a resident sends to its number, whatever the provider: a stop word ends their
 * optional texts (and supporters hears of it), START or ALTA resumes them, HELP or AYUDA says who is writing and how
 * to stop. Anything else gets a short bilingual hint that replies are not read, at most once a day per number, so
 * two automatic responders never answer each other for ever. Replies are in Spanish and English, as the language of
 * a number is not known; nothing of the text is kept.
 */
@Service
public class InboundTexts {

    static final Duration HINT_INTERVAL = Duration.ofDays(1);

    private final TextConsent consent;
    private final TemplateRenderer renderer;
    private final WindowCounters counters;
    private final MeterRegistry meters;
    private final Clock clock;

    InboundTexts(TextConsent consent, TemplateRenderer renderer, WindowCounters counters, MeterRegistry meters,
            Clock clock) {
        this.consent = consent;
        this.renderer = renderer;
        this.counters = counters;
        this.meters = meters;
        this.clock = clock;
    }

    /** Handles a text from {@code fromE164}; returns the reply to send back, if any. */
    public Optional<String> received(String fromE164, String body) {
        Keyword keyword = Keyword.of(body);
        meters.counter("plaza.notifications.sms.inbound", "keyword", keyword.name()).increment();
        if (!E164.isE164(fromE164)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String numberKey = consent.numberKey(fromE164);
        return switch (keyword) {
            case STOP -> {
                consent.stopped(numberKey, now);
                yield Optional.of(renderer.renderReply("stopped"));
            }
            case START -> {
                consent.resumed(numberKey, now);
                yield Optional.of(renderer.renderReply("resumed"));
            }
            case HELP -> Optional.of(renderer.renderReply("help"));
            case OTHER -> firstHintToday(numberKey, now) ? Optional.of(renderer.renderReply("unknown"))
                    : Optional.empty();
        };
    }

    private boolean firstHintToday(String numberKey, Instant now) {
        long window = HINT_INTERVAL.toMillis();
        Instant day = Instant.ofEpochMilli(now.toEpochMilli() - Math.floorMod(now.toEpochMilli(), window));
        return counters.increment("hint|" + numberKey, day) == 1;
    }
}
