package org.plaza.outreach.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.events.outreach.VolunteerRegistered.AgeGroup;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.phone.PhoneSettings;
import org.plaza.starter.vocabulary.Vocabulary;

/** The sign-up rules on their own: contact, community, languages, and a guardian for youth. */
class VolunteerRulesTest {

    private final VolunteerRules rules = new VolunteerRules(Vocabulary.platformDefaults(),
            new PhoneNumbers(new PhoneSettings(null, null)));

    @Test
    void anEmailOrAPhoneIsEnoughButOneIsNeeded() {
        assertThat(rules.check(application("ana@example.org", null, AgeGroup.ADULT, null, null, false))).isEmpty();
        assertThat(rules.check(application(null, "760-555-0123", AgeGroup.ADULT, null, null, false))).isEmpty();
        assertThat(rules.check(application(null, null, AgeGroup.ADULT, null, null, false)))
                .containsExactly(new FieldError("email", "volunteer.error.contact.missing"));
        assertThat(rules.check(application("ana@", "12", AgeGroup.ADULT, null, null, false))).extracting(FieldError::messageKey)
                .containsExactly("volunteer.error.email.invalid", "plaza.phone.malformed");
    }

    @Test
    void aNumberThatCannotReceiveTextsOrIsOfAnotherCountryIsRefusedWithItsReason() {
        assertThat(rules.check(application(null, "(800) 234-5678", AgeGroup.ADULT, null, null, false)))
                .containsExactly(new FieldError("phone", "plaza.phone.not-mobile"));
        assertThat(rules.check(application(null, "+52 33 1234 5678", AgeGroup.ADULT, null, null, false)))
                .containsExactly(new FieldError("phone", "plaza.phone.region-not-allowed"));
    }

    @Test
    void aYouthNeedsAGuardiansNameContactAndConsent() {
        assertThat(rules.check(application("joven@example.org", null, AgeGroup.YOUTH, null, null, false)))
                .extracting(FieldError::field).containsExactly("guardianName", "guardianContact", "guardianConsent");
        assertThat(rules.check(application("joven@example.org", null, AgeGroup.YOUTH, "Mamá", "not a contact", true)))
                .extracting(FieldError::messageKey).containsExactly("volunteer.error.guardian-contact.invalid");
        assertThat(rules.check(application("joven@example.org", null, AgeGroup.YOUTH, "Mamá", "(760) 555-0199", true))).isEmpty();
    }

    @Test
    void phoneNumbersAreKeptAsDigitsWithTheCountryCode() {
        assertThat(VolunteerRules.normalizePhone("(760) 555-0123")).isEqualTo("17605550123");
        assertThat(VolunteerRules.normalizePhone("1 760 555 0123")).isEqualTo("17605550123");
        assertThat(VolunteerRules.normalizePhone("+52 33 1234 5678")).isEqualTo("523312345678");
        assertThat(VolunteerRules.normalizePhone("555-0123")).isNull();
        assertThat(VolunteerRules.normalizePhone("call me")).isNull();
    }

    @Test
    void aShiftStartTimeFallsInOneAvailabilitySlot() {
        ZoneId zone = ZoneId.of("America/Los_Angeles");
        assertThat(Availability.of(ZonedDateTime.of(2026, 3, 14, 9, 0, 0, 0, zone))).isEqualTo(Availability.WEEKEND_MORNING);
        assertThat(Availability.of(ZonedDateTime.of(2026, 3, 16, 18, 30, 0, 0, zone))).isEqualTo(Availability.WEEKDAY_EVENING);
        assertThat(Availability.of(ZonedDateTime.of(2026, 3, 17, 12, 0, 0, 0, zone))).isEqualTo(Availability.WEEKDAY_AFTERNOON);
    }

    private static VolunteerApplication application(String email, String phone, AgeGroup age, String guardian,
            String guardianContact, boolean guardianConsent) {
        return new VolunteerApplication("Ana", email, phone, "es", "MECCA", List.of(SpokenLanguage.ES), null, List.of(),
                List.of(), age, guardian, guardianContact, guardianConsent, true, null, null);
    }
}
