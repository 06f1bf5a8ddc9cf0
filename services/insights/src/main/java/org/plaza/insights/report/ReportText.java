package org.plaza.insights.report;

import java.util.Locale;

import org.plaza.insights.dashboard.Labels;
import org.springframework.context.MessageSource;

/** The report's words in one language. */
final class ReportText {

    private final MessageSource messages;
    private final Labels labels;
    private final Locale locale;

    ReportText(MessageSource messages, Labels labels, Locale locale) {
        this.messages = messages;
        this.labels = labels;
        this.locale = locale;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String label(String kind, Object code) {
        return labels.of(kind, code, locale);
    }

    String number(long value) {
        return labels.number(value, locale);
    }

    String decimal(double value) {
        return labels.decimal(value, locale);
    }

    String time(java.time.Instant at) {
        return labels.time(at, locale);
    }

    Locale locale() {
        return locale;
    }
}
