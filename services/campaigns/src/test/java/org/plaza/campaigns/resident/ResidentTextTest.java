package org.plaza.campaigns.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Time left and dates in plain words, in Spanish and English, read in the valley's time zone. */
class ResidentTextTest {

    private static final Instant NOW = Instant.parse("2026-05-09T15:00:00Z");
    private static final ZoneId VALLEY = ZoneId.of("America/Los_Angeles");

    private final ResidentTextFactory text = new ResidentTextFactory();

    @Test
    void saysDaysAndHoursLeftRoundedDown() {
        Instant deadline = NOW.plus(Duration.ofDays(2).plusHours(4).plusMinutes(59));

        assertThat(text.in("es").timeLeft(deadline)).isEqualTo("2 días y 4 horas");
        assertThat(text.in("en").timeLeft(deadline)).isEqualTo("2 days and 4 hours");
    }

    @Test
    void usesTheSingularForOne() {
        assertThat(text.in("es").timeLeft(NOW.plus(Duration.ofDays(1).plusHours(1)))).isEqualTo("1 día y 1 hora");
        assertThat(text.in("en").timeLeft(NOW.plus(Duration.ofDays(1)))).isEqualTo("1 day");
        assertThat(text.in("en").timeLeft(NOW.plus(Duration.ofMinutes(1)))).isEqualTo("1 minute");
    }

    @Test
    void saysHoursAndMinutesOnTheLastDayAndMinutesInTheLastHour() {
        assertThat(text.in("en").timeLeft(NOW.plus(Duration.ofHours(5).plusMinutes(20))))
                .isEqualTo("5 hours and 20 minutes");
        assertThat(text.in("es").timeLeft(NOW.plus(Duration.ofMinutes(42)))).isEqualTo("42 minutos");
        assertThat(text.in("es").timeLeft(NOW.plusSeconds(30))).isEqualTo("menos de un minuto");
    }

    @Test
    void showsDeadlinesInTheItemsTimeZoneOrThePacificByDefault() {
        Instant deadline = Instant.parse("2026-05-11T19:00:00Z");

        assertThat(text.in("en").dateTime(deadline, null)).isEqualTo("Monday, May 11 at 12:00 PM (Pacific Time)");
        assertThat(text.in("es").dateTime(deadline, "America/Los_Angeles"))
                .startsWith("lunes 11 de mayo, 12:00").endsWith("(hora del Pacífico)");
        assertThat(text.in("en").dateTime(deadline, "America/Denver")).startsWith("Monday, May 11 at 1:00 PM");
        assertThat(text.in("en").dateTime(deadline, "Not/AZone")).contains("12:00 PM");
    }

    @Test
    void formatsCountsTheWayUsReadersDoInBothLanguages() {
        assertThat(text.in("es").number(12345)).isEqualTo("12,345");
        assertThat(text.in("en").number(1234)).isEqualTo("1,234");
        assertThat(text.in("es").longDate(LocalDate.of(2026, 3, 2))).isEqualTo("2 de marzo de 2026");
        assertThat(text.in("en").longDate(LocalDate.of(2026, 3, 2))).isEqualTo("March 2, 2026");
    }

    /** The service's bundles, as Spring Boot loads them. */
    private static final class ResidentTextFactory {

        private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

        ResidentTextFactory() {
            messages.setBasenames("messages");
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
        }

        ResidentText in(String language) {
            return new ResidentText(messages, Locale.forLanguageTag(language), VALLEY, NOW);
        }
    }
}
