package org.plaza.bench.platform;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

class NotificationCodesTest {

    private static final String SIGNATURE_REQUEST = """
            {"requestId":"sig-1:verification:1","requestingService":"petitions","category":"TRANSACTIONAL",
             "templateKey":"petitions.signature-verification","locale":"es","recipientEmail":"Ana@Example.org",
             "recipientDisplayName":"Ana","templateParameters":{"petitionTitle":"Agua","code":"482913",
             "confirmUrl":"http://127.0.0.1:8080/petitions/agua/confirm?token=t"},"requestedAt":"2026-11-28T00:00:00Z"}""";

    @Test
    void readsTheRecipientAndCodeOfASignatureVerificationRequest() {
        assertThat(NotificationCodes.parse(SIGNATURE_REQUEST, Platform.CODE_TEMPLATES))
                .contains(new NotificationCodes.EmailedCode("Ana@Example.org", "482913"));
    }

    @Test
    void readsTheCodeOfACommentConfirmationInAStructuredCloudEvent() {
        String event = """
                {"specversion":"1.0","type":"plaza.notifications.notification-requested.v1","data":
                 {"templateKey":"comments.comment-confirmation","recipientEmail":"luis@example.org",
                  "templateParameters":{"code":"123456","itemTitle":"Tarifas"}}}""";

        assertThat(NotificationCodes.parse(event, Platform.CODE_TEMPLATES))
                .contains(new NotificationCodes.EmailedCode("luis@example.org", "123456"));
    }

    @Test
    void readsTheTokenOfAVolunteerConfirmationLinkAsItsCode() {
        String request = """
                {"templateKey":"outreach.volunteer-confirmation","recipientEmail":"rosa@example.org",
                 "templateParameters":{"confirmUrl":"http://127.0.0.1:8080/outreach/volunteer/confirm?token=enr_1.a-b_c%2Bd&lang=es",
                  "validFor":"2 días"}}""";

        assertThat(NotificationCodes.parse(request, Platform.CODE_TEMPLATES))
                .contains(new NotificationCodes.EmailedCode("rosa@example.org", "enr_1.a-b_c+d"));
    }

    @Test
    void ignoresOtherTemplatesRequestsWithoutCodeAndNonJson() {
        assertThat(NotificationCodes.parse(SIGNATURE_REQUEST.replace("petitions.signature-verification",
                "outreach.shift-confirmation"), Platform.CODE_TEMPLATES)).isEmpty();
        assertThat(NotificationCodes.parse(SIGNATURE_REQUEST.replace("\"code\":\"482913\",", ""),
                Platform.CODE_TEMPLATES)).isEmpty();
        assertThat(NotificationCodes.parse("not json", Platform.CODE_TEMPLATES)).isEmpty();
    }
}
