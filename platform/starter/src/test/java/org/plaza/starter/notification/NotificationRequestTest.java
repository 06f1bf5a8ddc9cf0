package org.plaza.starter.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.notifications.NotificationRequested.Attachment;
import org.plaza.events.notifications.NotificationRequested;

import tools.jackson.databind.json.JsonMapper;

/**
 * The builder writes the same event as the positional constructor each service called before it: one
 * example per service, compared as the JSON on the wire.
 */
class NotificationRequestTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-12-01T10:15:30Z");

    @Test
    void aPetitionsVerificationIsTheSameOnTheWire() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("petitionTitle", "Agua limpia para Oasis");
        parameters.put("code", "123456");
        NotificationRequested before = new NotificationRequested("sig_1:verification:1", "petitions", "TRANSACTIONAL",
                "petitions.signature-verification", "es", "ana@example.org", "Ana Peña", parameters, "cmp_1", "sup_1",
                List.of("pet_1", "sig_1"), null, null, NOW);

        NotificationRequested built = NotificationRequest.builder().requestId("sig_1:verification:1")
                .requestingService("petitions").category(NotificationCategory.TRANSACTIONAL)
                .templateKey("petitions.signature-verification").locale("es").recipient("ana@example.org", "Ana Peña")
                .templateParameters(parameters).campaignId("cmp_1").supporterId("sup_1")
                .relatedIds(List.of("pet_1", "sig_1")).requestedAt(NOW).build();

        assertThat(json(built)).isEqualTo(json(before));
    }

    @Test
    void aCommentsPacketWithTwoFilesIsTheSameOnTheWire() {
        Attachment pdf = new Attachment("http://comments/p.pdf", "p.pdf", "application/pdf");
        Attachment csv = new Attachment("http://comments/p.csv", "p.csv", "text/csv; charset=UTF-8");
        NotificationRequested before = new NotificationRequested("ntf-comments-packet-pkt_1-1", "comments",
                "PUBLIC_BODY_DELIVERY", "comments.packet-delivery", "en", "clerk@board.example", "Clerk of the Board",
                Map.copyOf(Map.of("agendaItem", "7.B")), "cmp_1", null, List.copyOf(List.of("drv_1", "pkt_1")), null,
                pdf, List.copyOf(List.of(csv)), NOW);

        NotificationRequested built = NotificationRequest.builder().requestId("ntf-comments-packet-pkt_1-1")
                .requestingService("comments").category(NotificationCategory.PUBLIC_BODY_DELIVERY)
                .templateKey("comments.packet-delivery").locale("en")
                .recipient("clerk@board.example", "Clerk of the Board").templateParameters(Map.of("agendaItem", "7.B"))
                .campaignId("cmp_1").relatedIds(List.of("drv_1", "pkt_1")).attachment(pdf).attachments(List.of(csv))
                .requestedAt(NOW).build();

        assertThat(json(built)).isEqualTo(json(before));
    }

    @Test
    void anOutreachReminderScheduledForLaterIsTheSameOnTheWire() {
        Instant sendAt = NOW.plusSeconds(86_400);
        NotificationRequested before = new NotificationRequested("outreach:sgn_1:reminder-24h", "outreach", "REMINDERS",
                "outreach.shift-reminder", "es", "luis@example.org", "Luis",
                Map.copyOf(Map.of("shiftTitle", "Puerta a puerta")), "cmp_1", "sup_2", List.copyOf(List.of("shf_1", "sgn_1")), sendAt, null, NOW);

        NotificationRequested built = NotificationRequest.builder().requestId("outreach:sgn_1:reminder-24h")
                .requestingService("outreach").category(NotificationCategory.REMINDERS)
                .templateKey("outreach.shift-reminder").locale("es").recipient("luis@example.org", "Luis")
                .templateParameters(Map.of("shiftTitle", "Puerta a puerta")).campaignId("cmp_1").supporterId("sup_2")
                .relatedIds(List.of("shf_1", "sgn_1")).sendAt(sendAt).requestedAt(NOW).build();

        assertThat(json(built)).isEqualTo(json(before));
    }

    @Test
    void parametersChangedAfterTheyWereGivenChangeNothing() {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("code", "123456"));
        NotificationRequest request = base().templateParameters(parameters);
        parameters.put("code", "999999");

        assertThat(request.build().templateParameters()).containsExactly(Map.entry("code", "123456"));
    }

    @Test
    void aRequestWithoutItsRequiredFieldsIsRefusedNamingThem() {
        assertThatThrownBy(() -> NotificationRequest.builder().requestId("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("requestingService, category, templateKey, locale, recipientEmail, requestedAt");
    }

    @Test
    void aTextMessageNeedsTheNumberInsteadOfAnEmail() {
        NotificationRequested text = NotificationRequest.builder().requestId("sig_2:verification:1")
                .requestingService("petitions").category(NotificationCategory.TRANSACTIONAL)
                .templateKey("petitions.signature-verification").locale("es").textTo("+17605551234", "Ana")
                .templateParameters(Map.of("code", "123456")).requestedAt(NOW).build();

        assertThat(text.channel()).isEqualTo(NotificationRequested.SMS);
        assertThat(text.recipientPhone()).isEqualTo("+17605551234");
        assertThat(text.recipientEmail()).isNull();
        assertThat(text.recipientDisplayName()).isEqualTo("Ana");
        assertThatThrownBy(() -> NotificationRequest.builder().requestId("x").requestingService("s")
                .category(NotificationCategory.TRANSACTIONAL).templateKey("s.t").locale("es").textTo(null, null)
                .requestedAt(NOW).build()).hasMessageContaining("recipientPhone");
    }

    @Test
    void aResidentWhoGaveOnlyANumberIsTextedAndOneWithAnAddressIsEmailed() {
        NotificationRequested text = NotificationRequest.builder().requestId("r").requestingService("s")
                .category(NotificationCategory.TRANSACTIONAL).templateKey("s.t").locale("es")
                .to(null, "+17605551234", "Ana").requestedAt(NOW).build();
        NotificationRequested email = base().to("ana@example.org", null, "Ana").build();

        assertThat(text.channel()).isEqualTo(NotificationRequested.SMS);
        assertThat(text.recipientPhone()).isEqualTo("+17605551234");
        assertThat(email.channel()).isNull();
        assertThat(email.recipientEmail()).isEqualTo("ana@example.org");
        assertThat(email.recipientDisplayName()).isEqualTo("Ana");
    }

    private static NotificationRequest base() {
        return NotificationRequest.builder().requestId("r").requestingService("s")
                .category(NotificationCategory.TRANSACTIONAL).templateKey("s.t").locale("es")
                .recipient("a@b.example", null).requestedAt(NOW);
    }

    private static tools.jackson.databind.JsonNode json(NotificationRequested request) {
        return JSON.readTree(JSON.writeValueAsString(request));
    }
}
