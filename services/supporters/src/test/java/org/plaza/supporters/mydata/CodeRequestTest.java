package org.plaza.supporters.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.outbox.PendingEvent;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.phone.PhoneSettings;

/** A "my data" code works once, in time, and only a few wrong tries are allowed. */
class CodeRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(15);
    private static final Duration SESSION = Duration.ofMinutes(20);

    @Test
    void theRightCodeOpensASessionOnceAndAReusedCodeOpensNothing() {
        CodeRequest.Issued issued = issue();
        CodeRequest request = issued.request();
        String code = issued.code();

        assertThat(request.verify(code, NOW.plusSeconds(60), 5, SESSION)).isEqualTo(CodeVerdict.OPENED);
        assertThat(request.sessionOpen(NOW.plusSeconds(61))).isTrue();
        assertThat(request.verify(code, NOW.plusSeconds(90), 5, SESSION)).isEqualTo(CodeVerdict.USED);
    }

    @Test
    void aCodeTypedAfterItsTimeIsExpiredEvenWhenRight() {
        CodeRequest.Issued issued = issue();
        CodeRequest request = issued.request();

        assertThat(request.verify(issued.code(), NOW.plus(TTL), 5, SESSION)).isEqualTo(CodeVerdict.EXPIRED);
        assertThat(request.sessionOpen(NOW.plus(TTL))).isFalse();
    }

    @Test
    void aWrongCodeCountsAndTheFifthLocksTheRequestEvenForTheRightCode() {
        CodeRequest.Issued issued = issue();
        CodeRequest request = issued.request();
        String wrong = issued.code().equals("000000") ? "111111" : "000000";

        for (int i = 1; i < 5; i++) {
            assertThat(request.verify(wrong, NOW, 5, SESSION)).isEqualTo(CodeVerdict.WRONG);
        }
        assertThat(request.verify(wrong, NOW, 5, SESSION)).isEqualTo(CodeVerdict.LOCKED);
        assertThat(request.verify(issued.code(), NOW, 5, SESSION)).isEqualTo(CodeVerdict.LOCKED);
    }

    @Test
    void theSessionEndsOnItsOwnAndWhenClosed() {
        CodeRequest.Issued issued = issue();
        CodeRequest request = issued.request();
        request.verify(issued.code(), NOW, 5, SESSION);

        assertThat(request.sessionOpen(NOW.plus(SESSION))).isFalse();
        request.end();
        assertThat(request.sessionOpen(NOW.plusSeconds(1))).isFalse();
    }

    @Test
    void aWithheldRequestSendsNoEmailAndOpensNothing() {
        CodeRequest withheld = CodeRequest.withheld("mdc_w", "sup_x", NOW);

        assertThat(withheld.pendingEvents()).isEmpty();
        assertThat(withheld.verify("123456", NOW, 5, SESSION)).isEqualTo(CodeVerdict.LOCKED);
    }

    @Test
    void issuingACodeRaisesOneEmailRequestForTheRequest() {
        CodeRequest.Issued issued = issue();

        assertThat(issued.request().pendingEvents()).singleElement().satisfies(pending -> {
            assertThat(pending.type()).isEqualTo("plaza.notifications.notification-requested.v1");
            assertThat(pending.subject()).isEqualTo("ntf-supporters-my-data-mdc_1");
        });
        assertThat(issued.code()).matches("\\d{6}");
    }

    @Test
    void aCodeAskedForWithAMobileNumberGoesByTextToThatNumberInTheResidentsLanguage() {
        CodeAddress number = CodeAddress.phone(new PhoneNumbers(new PhoneSettings(null, null)).canonical("(760) 555-1234"));

        CodeRequest.Issued issued = CodeRequest.issue("mdc_2", "sup_2", number, "es",
                "http://localhost:8080/supporters/my-data", TTL, "15 minutos", NOW);

        assertThat(issued.request().pendingEvents()).singleElement().satisfies(pending -> {
            NotificationRequested text = raised(pending);
            assertThat(text.channel()).isEqualTo(NotificationRequested.SMS);
            assertThat(text.recipientPhone()).isEqualTo("+17605551234");
            assertThat(text.recipientEmail()).isNull();
            assertThat(text.locale()).isEqualTo("es");
            assertThat(text.templateKey()).isEqualTo("supporters.my-data-code");
            assertThat(text.templateParameters()).containsEntry("code", issued.code());
        });
    }

    /** The raised event itself (the outbox serializes it only when the request is saved). */
    private static NotificationRequested raised(PendingEvent pending) {
        try {
            Field event = PendingEvent.class.getDeclaredField("event");
            event.setAccessible(true);
            return (NotificationRequested) event.get(pending);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CodeRequest.Issued issue() {
        return CodeRequest.issue("mdc_1", "sup_1", CodeAddress.email("ana@example.org"), "es", "http://localhost:8080/supporters/my-data",
                TTL, "15 minutos", NOW);
    }

}
