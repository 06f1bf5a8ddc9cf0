package org.plaza.starter.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What residents type into the mobile number field, read into E.164 or refused with a reason they can act on. */
class PhoneNumbersTest {

    private final PhoneNumbers phones = new PhoneNumbers(new PhoneSettings(null, null));

    @ParameterizedTest
    @ValueSource(strings = { "(760) 555-1234", "+1 760-555-1234", "760.555.1234", " 7605551234 ", "1-760-555-1234",
            "+1 (760) 555 1234" })
    void everyWayOfWritingOneUsNumberIsTheSameE164Number(String typed) {
        CanonicalPhone phone = phones.canonical(typed);

        assertThat(phone.value()).isEqualTo("+17605551234");
        assertThat(phone.region()).isEqualTo("US");
        assertThat(phone).isEqualTo(phones.canonical("+17605551234"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "12", "abc", "555-1234", "+1 760 555 12345", "760-555-1234 ext 5",
            "+1 760 555 1234 5678 9012 3456 7890 1234 5678 9012" })
    void somethingThatIsNotACompleteNumberIsMalformed(String typed) {
        assertThat(phones.problem(typed)).contains(PhoneProblem.MALFORMED);
    }

    @Test
    void nothingTypedIsMalformed() {
        assertThat(phones.problem(null)).contains(PhoneProblem.MALFORMED);
    }

    @Test
    void aTollFreeNumberCannotReceiveTexts() {
        assertThat(phones.problem("(800) 234-5678")).contains(PhoneProblem.NOT_MOBILE);
    }

    @Test
    void aLandlineOnlyNumberOfAnAllowedCountryIsNotAMobile() {
        PhoneNumbers withBritain = new PhoneNumbers(new PhoneSettings("US", List.of("US", "gb")));

        assertThat(withBritain.problem("+44 20 7946 0018")).contains(PhoneProblem.NOT_MOBILE);
        assertThat(withBritain.canonical("+44 7400 123456").value()).isEqualTo("+447400123456");
    }

    @Test
    void numbersOfCountriesNotAllowedAreRefusedEvenWhenTheyShareTheCountryCode() {
        assertThat(phones.problem("+52 744 123 4567")).contains(PhoneProblem.REGION_NOT_ALLOWED);
        assertThat(phones.problem("+34 612 345 678")).contains(PhoneProblem.REGION_NOT_ALLOWED);
        assertThat(phones.problem("+1 (416) 555-0123")).contains(PhoneProblem.REGION_NOT_ALLOWED);
    }

    @Test
    void anAdminCanAllowAnotherCountry() {
        PhoneNumbers withMexico = new PhoneNumbers(new PhoneSettings(null, List.of("US", "MX")));

        assertThat(withMexico.canonical("+52 744 123 4567").value()).isEqualTo("+527441234567");
        assertThat(withMexico.canonical("(760) 555-1234").value()).isEqualTo("+17605551234");
    }

    @Test
    void aRefusalIsAFieldProblemOnPhoneThatNeverCarriesTheNumber() {
        assertThatThrownBy(() -> phones.canonical("+52 744 123 4567")).isInstanceOfSatisfying(
                InvalidPhoneException.class, refused -> {
                    assertThat(refused.getFieldErrors()).singleElement().satisfies(field -> {
                        assertThat(field.name()).isEqualTo("phone");
                        assertThat(field.messageKey()).isEqualTo("plaza.phone.region-not-allowed");
                    });
                    assertThat(refused.getMessage()).doesNotContain("744");
                });
        assertThat(phones.canonical("(760) 555-1234")).hasToString("CanonicalPhone[•••••••••34]");
    }

    @Test
    void everyReasonHasItsOwnMessageInEnglishAndSpanish() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("plaza/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        for (PhoneProblem problem : PhoneProblem.values()) {
            String english = messages.getMessage(problem.messageKey(), null, Locale.ENGLISH);
            String spanish = messages.getMessage(problem.messageKey(), null, Locale.forLanguageTag("es"));
            assertThat(spanish).isNotBlank().isNotEqualTo(english);
        }
        assertThat(List.of(PhoneProblem.values()).stream().map(PhoneProblem::messageKey).distinct()).hasSize(3);
    }
}
