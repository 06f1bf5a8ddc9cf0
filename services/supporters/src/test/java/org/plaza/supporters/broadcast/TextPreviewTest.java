package org.plaza.supporters.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.starter.sms.SmsPricing;
import org.plaza.starter.sms.SmsSegments;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A broadcast's text as it arrives, counted and priced before it is sent, and the rules of its length: what the
 * organizer sees on the broadcast's page and its confirmation, with the service's own message bundles.
 */
class TextPreviewTest {

    private static final String SPANISH = "La junta se reúne el martes a las 6 en la escuela. ¡Vengan a hablar por el agua!";
    private static final String ENGLISH = "The board meets Tuesday at 6 at the school. Come and speak about water!";

    private final TextPreview texts = new TextPreview(
            new BroadcastSettings(500, 500, Duration.ofSeconds(5), Duration.ofMinutes(2), "Alianza CV", 3), bundles(),
            new SmsPricing(new BigDecimal("0.0083"), "USD"));

    @Test
    void aTextArrivesWithTheSendersNameBeforeItAndHowToStopInItsLanguageAfterIt() {
        assertThat(texts.asSent("es", "Hola")).isEqualTo("Alianza CV: Hola Responde ALTO para salir.");
        assertThat(texts.asSent("en", "Hello")).isEqualTo("Alianza CV: Hello Reply STOP to opt out.");
    }

    @Test
    void accentsMakeTheSpanishTextUcs2AndTheEstimateNamesThemAndPricesEachLanguagesSegmentsForItsRecipients() {
        Reach reach = Reach.tally(BroadcastChannel.SMS)
                .add("es", false, true, 100).add("en", false, true, 10).add("es", true, false, 7).reach();

        TextEstimate estimate = texts.estimate(new ShortText(SPANISH, ENGLISH), reach);

        TextEstimate.Version spanish = estimate.versions().get(0);
        TextEstimate.Version english = estimate.versions().get(1);
        assertThat(spanish.language()).isEqualTo("es");
        assertThat(spanish.ucs2()).isTrue();
        assertThat(spanish.forcingUcs2()).isEqualTo("ú");
        assertThat(spanish.count().encoding()).isEqualTo(SmsSegments.Encoding.UCS_2);
        assertThat(spanish.count().segments()).as("118 characters, 67 a segment once split").isEqualTo(2);
        assertThat(spanish.recipients()).isEqualTo(100);
        assertThat(english.ucs2()).isFalse();
        assertThat(english.count().segments()).isEqualTo(1);
        assertThat(english.recipients()).isEqualTo(10);
        assertThat(estimate.texts()).isEqualTo(110);
        assertThat(estimate.segments()).isEqualTo(210);
        assertThat(estimate.cost()).isEqualByComparingTo("1.743");
        assertThat(TextPreview.money(estimate.cost(), estimate.currency())).isEqualTo("1.74 USD");
        assertThat(texts.segments(new ShortText(SPANISH, ENGLISH))).isEqualTo(Map.of("es", 2, "en", 1));
    }

    @Test
    void anEmptyTextIsRefusedAndOneOverThreeSegmentsAsSentIsRefusedWithHowMuchFits() {
        assertThat(texts.refusal("es", " ")).hasValueSatisfying(
                refusal -> assertThat(refusal.code()).isEqualTo("supporters.broadcast.text.required"));
        assertThat(texts.refusal("es", SPANISH)).isEmpty();

        assertThat(texts.refusal("en", "a".repeat(424))).as("459 septets with the frame: three segments").isEmpty();
        assertThat(texts.refusal("en", "a".repeat(425))).hasValueSatisfying(refusal -> {
            assertThat(refusal.code()).isEqualTo("supporters.broadcast.text.too-long");
            assertThat(refusal.arguments()).containsExactly(4, 3, 424);
        });
        assertThat(texts.refusal("es", "á" + "a".repeat(200))).hasValueSatisfying(refusal -> {
            assertThat(refusal.code()).isEqualTo("supporters.broadcast.text.too-long-accents");
            assertThat(refusal.arguments()).containsExactly(4, 3, 163);
        });
    }

    @Test
    void onlyABroadcastByTextNeedsATextAndEachLanguageIsRefusedInItsOwnField() {
        assertThat(texts.refusals(BroadcastChannel.EMAIL, ShortText.none())).isEmpty();
        assertThat(texts.refusals(BroadcastChannel.EMAIL_AND_SMS, new ShortText("", ENGLISH))).containsOnlyKeys("esText");
        assertThat(texts.refusals(BroadcastChannel.SMS, new ShortText(SPANISH, "b".repeat(500))))
                .containsOnlyKeys("enText");
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
