package org.plaza.starter.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.plaza.starter.sms.SmsSegments.Count;
import org.plaza.starter.sms.SmsSegments.Encoding;

class SmsSegmentsTest {

    @Test
    void anEmptyTextTakesNoSegment() {
        assertThat(SmsSegments.count("")).isEqualTo(new Count(Encoding.GSM_7, 0, 0, 0));
        assertThat(SmsSegments.count(null).segments()).isZero();
    }

    @Test
    void aPlainEnglishTextIsGsm7AndFitsOneSegmentUpTo160Characters() {
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(new Count(Encoding.GSM_7, 160, 1, 160));
        assertThat(SmsSegments.count("a".repeat(161))).isEqualTo(new Count(Encoding.GSM_7, 161, 2, 161));
    }

    @ParameterizedTest
    @CsvSource({"161, 2", "306, 2", "307, 3", "459, 3", "460, 4"})
    void aLongGsm7TextIsSplitIn153SeptetSegments(int length, int segments) {
        assertThat(SmsSegments.count("b".repeat(length)).segments()).isEqualTo(segments);
    }

    @ParameterizedTest
    @ValueSource(strings = {"é", "è", "ñ", "Ñ", "ü", "Ü", "à", "ì", "ò", "ù", "É", "Ç", "¿", "¡", "ä", "ö", "Ä", "Ö",
            "Å", "å", "Ø", "ø", "Æ", "æ", "ß", "£", "¥", "§", "¤", "Δ", "Ω", "Σ", "@", "_", "\n", "\r"})
    void charactersOfTheGsmDefaultAlphabetStayGsm7(String character) {
        assertThat(SmsSegments.fitsGsm7("Hola " + character)).isTrue();
        assertThat(SmsSegments.count(character).units()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"á", "í", "ó", "ú", "Á", "Í", "Ó", "Ú", "ç", "ê", "õ", "«", "»", "“", "’", "…", "–", "😀",
            "\u001B", "\t", "`"})
    void charactersOutsideTheAlphabetMakeTheTextUcs2(String character) {
        assertThat(SmsSegments.fitsGsm7("Hola " + character)).isFalse();
        assertThat(SmsSegments.count("Hola " + character).encoding()).isEqualTo(Encoding.UCS_2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"^", "{", "}", "\\", "[", "]", "~", "|", "€", "\f"})
    void charactersOfTheExtensionTableTakeTwoSeptets(String character) {
        Count count = SmsSegments.count(character);
        assertThat(count.encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(count.units()).isEqualTo(2);
        assertThat(count.characters()).isEqualTo(1);
    }

    @Test
    void eightyEuroSignsFillOneSegmentAndOneMoreCharacterSplitsIt() {
        assertThat(SmsSegments.count("€".repeat(80))).isEqualTo(new Count(Encoding.GSM_7, 160, 1, 80));
        assertThat(SmsSegments.count("€".repeat(80) + "a").segments()).isEqualTo(2);
    }

    @Test
    void anEscapedCharacterIsNeverSplitBetweenTwoSegments() {
        String text = "a".repeat(152) + "€" + "a".repeat(10);

        Count count = SmsSegments.count(text);

        assertThat(count.units()).isEqualTo(164);
        assertThat(count.segments()).isEqualTo(2);
        String full = "a".repeat(152) + "€" + "a".repeat(152);
        assertThat(SmsSegments.count(full).units()).isEqualTo(306);
        assertThat(SmsSegments.count(full).segments()).as("the € moves to the second segment").isEqualTo(3);
    }

    @Test
    void aSpanishTextWithAnAcuteAccentTakes70CharactersPerSegment() {
        String seventy = "Tu código es 123456. " + "x".repeat(49);

        assertThat(SmsSegments.count(seventy)).isEqualTo(new Count(Encoding.UCS_2, 70, 1, 70));
        assertThat(SmsSegments.count(seventy + "x")).isEqualTo(new Count(Encoding.UCS_2, 71, 2, 71));
    }

    @ParameterizedTest
    @CsvSource({"134, 2", "135, 3", "201, 3", "202, 4"})
    void aLongUcs2TextIsSplitIn67UnitSegments(int length, int segments) {
        assertThat(SmsSegments.count("á".repeat(length)).segments()).isEqualTo(segments);
    }

    @Test
    void theSameSpanishWordsWithoutAcuteAccentsStayGsm7() {
        String withAccent = "Recordatorio: mañana a las 9:00 tocamos puertas en Mecca. Gracias por tu ayuda, "
                + "nos vemos allí.";
        String withoutAcute = withAccent.replace("í", "i");

        assertThat(SmsSegments.count(withAccent).encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(SmsSegments.count(withAccent).segments()).isEqualTo(2);
        assertThat(SmsSegments.count(withoutAcute).encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(SmsSegments.count(withoutAcute).segments()).isEqualTo(1);
        assertThat(SmsSegments.charactersOutsideGsm7(withAccent + " día")).isEqualTo("í");
    }

    @Test
    void anEmojiTakesTwoUnitsAndIsNeverSplitBetweenSegments() {
        String text = "a".repeat(66) + "😀" + "a".repeat(10);

        Count count = SmsSegments.count(text);

        assertThat(count.units()).isEqualTo(78);
        assertThat(count.characters()).isEqualTo(77);
        assertThat(count.segments()).isEqualTo(2);
        String edge = "a".repeat(66) + "😀" + "a".repeat(66);
        assertThat(SmsSegments.count(edge).units()).isEqualTo(134);
        assertThat(SmsSegments.count(edge).segments()).as("the emoji moves to the second segment").isEqualTo(3);
    }

    @Test
    void seventyUnitsWithAnEmojiStillFitOneSegment() {
        assertThat(SmsSegments.count("😀".repeat(35))).isEqualTo(new Count(Encoding.UCS_2, 70, 1, 35));
    }

    @Test
    void costIsThePricePerSegmentTimesSegmentsTimesRecipients() {
        Count twoSegments = SmsSegments.count("á".repeat(100));

        assertThat(twoSegments.cost(new BigDecimal("0.0083"))).isEqualByComparingTo("0.0166");
        assertThat(twoSegments.cost(new BigDecimal("0.0083"), 1_000)).isEqualByComparingTo("16.60");
    }

    @Test
    void pricingDefaultsToAUsLongCodePriceInDollarsAndEstimatesABroadcast() {
        SmsPricing pricing = new SmsPricing(null, null);

        assertThat(pricing.pricePerSegment()).isEqualByComparingTo("0.0083");
        assertThat(pricing.currency()).isEqualTo("USD");
        assertThat(pricing.estimate("Hola", 100)).isEqualByComparingTo("0.83");
        assertThatIllegalArgumentException().isThrownBy(() -> new SmsPricing(new BigDecimal("-1"), "USD"));
    }
}
