package org.plaza.supporters.mydata.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.plaza.starter.vocabulary.Vocabulary;

/** Dates, languages and communities as the resident reads them, in the page's language and the site's time zone. */
final class MyDataLabels {

    private final Vocabulary vocabulary;
    private final ZoneId zone;
    private final Locale locale;

    MyDataLabels(Vocabulary vocabulary, ZoneId zone, Locale locale) {
        this.vocabulary = vocabulary;
        this.zone = zone;
        this.locale = locale;
    }

    public String date(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(at);
    }

    public String day(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone)
                .format(at);
    }

    public String language(String code) {
        return code == null ? "" : vocabulary.language(code).map(term -> term.name(locale)).orElse(code);
    }

    public String community(String code) {
        return code == null ? "" : vocabulary.communityName(code, locale);
    }
}
