package org.plaza.insights.dashboard;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.plaza.insights.InsightsSettings;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words and formats for codes, numbers and times in the reader's language, for templates
 * ({@code ${@insightsLabels.of('position', p)}}), live updates and reports. Communities, issue areas and
 * languages are named by the platform {@link Vocabulary}; other kinds by {@code insights.<kind>.<code>}. A code
 * neither knows (one retired from the vocabulary) is shown as words ({@code NORTH_SHORE} → "North Shore").
 */
@Component("insightsLabels")
public class Labels {

    private final MessageSource messages;
    private final InsightsSettings settings;
    private final Vocabulary vocabulary;

    Labels(MessageSource messages, InsightsSettings settings, Vocabulary vocabulary) {
        this.messages = messages;
        this.settings = settings;
        this.vocabulary = vocabulary;
    }

    public String of(String kind, Object code) {
        return of(kind, code, LocaleContextHolder.getLocale());
    }

    public String of(String kind, Object code, Locale locale) {
        String text = code == null ? "UNKNOWN" : String.valueOf(code);
        String named = switch (kind) {
            case "community" -> vocabulary.community(text).map(c -> c.name(locale)).orElse(null);
            case "issue" -> vocabulary.issueArea(text).map(a -> a.name(locale)).orElse(null);
            case "language" -> vocabulary.language(text).map(l -> l.name(locale)).orElse(null);
            default -> null;
        };
        return named != null ? named : messages.getMessage("insights." + kind + "." + text, null, words(text), locale);
    }

    /** A headline counter's words, singular or plural by {@code value} ({@code insights.tile.<metric>}). */
    public String tile(String metric, Number value) {
        return tile(metric, value, LocaleContextHolder.getLocale());
    }

    public String tile(String metric, Number value, Locale locale) {
        return messages.getMessage("insights.tile." + metric, new Object[] { value }, locale);
    }

    public String number(long value) {
        return number(value, LocaleContextHolder.getLocale());
    }

    public String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String decimal(double value) {
        return decimal(value, LocaleContextHolder.getLocale());
    }

    public String decimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(value == Math.rint(value) ? 0 : 1);
        return format.format(value);
    }

    public String time(Instant at) {
        return time(at, LocaleContextHolder.getLocale());
    }

    public String time(Instant at, Locale locale) {
        if (at == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(settings.timeZone()).format(at);
    }

    /** An epoch-second bucket start as the chart's table shows it. */
    public String bucket(long epochSecond, String resolution) {
        Locale locale = LocaleContextHolder.getLocale();
        Instant at = Instant.ofEpochSecond(epochSecond);
        DateTimeFormatter format = "DAY".equals(resolution)
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);
        return format.withLocale(locale).withZone(settings.timeZone()).format(at);
    }

    /** The sum of a breakdown's counts. */
    public long total(java.util.Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The largest of a breakdown's counts, 0 when empty. */
    public long largest(java.util.Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    public String percent(long part, long whole) {
        return whole == 0 ? "0" : String.valueOf(Math.round(part * 100.0 / whole));
    }

    static String words(String code) {
        StringBuilder words = new StringBuilder();
        for (String part : code.split("_")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!words.isEmpty()) {
                words.append(' ');
            }
            words.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return words.toString();
    }
}
