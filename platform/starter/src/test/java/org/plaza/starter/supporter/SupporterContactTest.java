package org.plaza.starter.supporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plaza.events.EventTypes;
import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.events.supporters.SupporterContactShared.Consent;
import org.plaza.testsupport.events.EventSchemas;
import org.springframework.context.support.StaticMessageSource;

import tools.jackson.databind.json.JsonMapper;

/** The hand-over every service builds: its key, its required fields, its phone and the wording of its consents. */
class SupporterContactTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final Instant NOW = Instant.parse("2026-12-07T10:15:30Z");
    private static final FormConsent UPDATES = FormConsent.email(NotificationCategory.CAMPAIGN_UPDATES, "form.updates");

    private final StaticMessageSource messages = new StaticMessageSource();

    SupporterContactTest() {
        messages.addMessage("form.updates", Locale.forLanguageTag("es"), "Envíenme novedades de esta petición");
        messages.addMessage("form.updates", Locale.ENGLISH, "Email me news about this petition");
    }

    private SupporterContact full() {
        return SupporterContact.builder().action("petitions", ContactSource.PETITION_SIGNATURE, "sig_1")
                .supporterId("sup_1").campaignId("cmp_1").itemId("pet_1").contact(" ana@example.org ", "Ana Peña")
                .phone("17605550123").locale("es").community("MECCA")
                .consent(UPDATES.answer(true, messages, "es")).sharedAt(NOW);
    }

    @Test
    void theShareIdIsTheServiceTheSourceAndTheActionSoTheSameActionIsRecordedOnce() {
        SupporterContactShared first = full().build();
        SupporterContactShared again = full().sharedAt(NOW.plusSeconds(60)).build();

        assertThat(first.shareId()).isEqualTo("petitions:PETITION_SIGNATURE:sig_1").isEqualTo(again.shareId());
        assertThat(first.subject()).isEqualTo("sup_1");
        assertThat(first.email()).isEqualTo("ana@example.org");
        assertThat(first.phone()).isEqualTo("+17605550123");
    }

    @Test
    void aConsentCarriesTheLabelOfItsMessageKeyInTheLanguageTheFormWasShownIn() {
        assertThat(UPDATES.answer(false, messages, "en"))
                .isEqualTo(new Consent("EMAIL", "CAMPAIGN_UPDATES", false, "Email me news about this petition"));
        assertThat(UPDATES.wording(messages, "es")).isEqualTo("Envíenme novedades de esta petición");
    }

    @Test
    void aBuiltHandOverIsValidAgainstItsContract() {
        String type = EventTypes.typeOf(SupporterContactShared.class);
        assertThat(EventSchemas.violations(type, JSON.writeValueAsString(full().build()))).isEmpty();
        assertThat(EventSchemas.violations(type, JSON.writeValueAsString(SupporterContact.builder()
                .action("comments", ContactSource.PUBLIC_COMMENT, "cmt_1").supporterId("sup_1")
                .contact("ana@example.org", " ").phone("12").community("").locale("en").sharedAt(NOW).build())))
                .isEmpty();
    }

    @Test
    void aPhoneThatIsNotE164AndABlankNameAreLeftOut() {
        SupporterContactShared shared = full().contact("ana@example.org", "  ").phone("+0123").build();
        assertThat(shared.displayName()).isNull();
        assertThat(shared.phone()).isNull();
        assertThat(full().phone(null).build().phone()).isNull();
        assertThat(full().phone("+52 1").build().phone()).isNull();
    }

    @Test
    void aHandOverWithoutItsRequiredFieldsIsRefusedNamingThem() {
        assertThatThrownBy(() -> SupporterContact.builder().contact("", "Ana").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sourceService, source, actionId, supporterId, email or phone, locale, sharedAt");
    }

    @Test
    void aResidentWhoGaveOnlyAMobileNumberIsHandedOverWithItAndTheirSmsConsent() {
        FormConsent texts = FormConsent.sms(NotificationCategory.CAMPAIGN_UPDATES, "form.updates");
        SupporterContactShared shared = SupporterContact.builder()
                .action("petitions", ContactSource.PETITION_SIGNATURE, "sig_2").supporterId("sup_2")
                .contact(null, "Ana").phone("+17605551234").locale("es")
                .consent(texts.answer(true, messages, "es")).sharedAt(NOW).build();

        assertThat(shared.email()).isNull();
        assertThat(shared.phone()).isEqualTo("+17605551234");
        assertThat(shared.consents()).containsExactly(
                new Consent("SMS", "CAMPAIGN_UPDATES", true, "Envíenme novedades de esta petición"));
        assertThat(EventSchemas.violations(EventTypes.typeOf(SupporterContactShared.class),
                JSON.writeValueAsString(shared))).isEmpty();
    }

    @Test
    void aHandOverWithNeitherEmailNorPhoneIsRefused() {
        assertThatThrownBy(() -> full().contact(" ", "Ana").phone(null).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("email or phone");
        assertThat(EventSchemas.violations(EventTypes.typeOf(SupporterContactShared.class),
                JSON.writeValueAsString(new SupporterContactShared("petitions:PETITION_SIGNATURE:sig_3", "sup_3",
                        "petitions", "PETITION_SIGNATURE", null, null, null, "Ana", null, "es", null,
                        java.util.List.of(), NOW)))).isNotEmpty();
    }

    @Test
    void aFormsSmsCheckboxIsRecordedOnlyForAResidentWhoGaveAMobileNumberInTheOrderItWasAdded() {
        FormConsent texts = FormConsent.sms(NotificationCategory.CAMPAIGN_UPDATES, "form.updates");

        SupporterContactShared withNumber = full().textConsent(texts, false, messages, "en").phone("+17605551234")
                .build();
        SupporterContactShared withoutNumber = full().textConsent(texts, true, messages, "en").phone(null).build();

        assertThat(withNumber.consents()).extracting(Consent::channel).containsExactly("EMAIL", "SMS");
        assertThat(withNumber.consents().get(1))
                .isEqualTo(new Consent("SMS", "CAMPAIGN_UPDATES", false, "Email me news about this petition"));
        assertThat(withoutNumber.consents()).extracting(Consent::channel).containsExactly("EMAIL");
    }

    @Test
    void anEmailCheckboxIsNotTakenAsTheFormsSmsCheckbox() {
        assertThatThrownBy(() -> full().textConsent(UPDATES, true, messages, "es"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("form.updates");
    }
}
