package org.plaza.supporters.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationDelivered;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.notifications.RecipientResubscribed;
import org.plaza.events.notifications.RecipientUnsubscribed;
import org.plaza.starter.id.Ids;
import org.plaza.supporters.testing.StoredAudience;
import org.plaza.supporters.testing.SupportersTest;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What notifications reports back feeds a broadcast's report, each outcome once and texts apart from emails, and a
 * one-click unsubscribe withdraws the same consent here, so the next broadcast skips that person.
 */
@SupportersTest
class NotificationOutcomesTest {

    @Autowired
    KafkaTestEvents events;

    @Autowired
    BroadcastQueue queue;

    @Autowired
    Broadcasts broadcasts;

    @Autowired
    DeliveryTally tally;

    @Autowired
    StoredAudience audience;

    @Test
    void deliveriesFailuresAndUnsubscribesAreCountedOnceAndTheUnsubscribeWithdrawsConsent() {
        String campaign = Ids.random("cmp");
        audience.add(campaign, campaign + "-", 4, 0, null, "COACHELLA");
        Instant now = Instant.now();
        Broadcast broadcast = Broadcast.draft(Ids.next("brd", now), campaign, new Message("Hola", "Texto"),
                new Message("Hello", "Text"), AudienceFilter.everyone(), "org-ana", now);
        broadcast.requestSend(null, 4, 500, "org-ana", now);
        broadcasts.save(broadcast);
        queue.queueIfDue(broadcast.id());
        List<String> supporters = List.of(0, 1, 2, 3).stream().map(n -> "sup_" + campaign + "-000000" + n).toList();
        String first = Broadcast.requestId(broadcast.id(), supporters.get(0));

        events.publish(new NotificationDelivered(first, "supporters", "supporters.broadcast", "EMAIL", now));
        events.publish(new NotificationDelivered(first, "supporters", "supporters.broadcast", "EMAIL", now));
        events.publish(new NotificationDelivered(Broadcast.requestId(broadcast.id(), supporters.get(1)), "supporters",
                "supporters.broadcast", "EMAIL", now));
        events.publish(new NotificationDelivered(broadcast.id() + ":test:1:es", "supporters", "supporters.broadcast",
                "EMAIL", now));
        events.publish(new NotificationFailed(Broadcast.requestId(broadcast.id(), supporters.get(2)), "supporters",
                "supporters.broadcast", "EMAIL", 10, "MAILBOX_UNAVAILABLE", now));
        events.publish(new RecipientUnsubscribed("uns_1" + campaign, supporters.get(0), "EMAIL",
                List.of("CAMPAIGN_UPDATES"), first, now));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(tally.reportOf(
                broadcasts.findById(broadcast.id()).orElseThrow())).isEqualTo(new BroadcastReport(4, 2, 1, 1, 0)));
        assertThat(audience.consents(supporters.get(0))).isFalse();
        assertThat(audience.consents(supporters.get(1))).isTrue();
    }

    @Test
    void aTextsDeliveryAndFailureAreCountedOnceInTheTextsColumnApartFromTheEmails() {
        String campaign = Ids.random("cmp");
        String ana = "sup_" + campaign + "-ana";
        String ben = "sup_" + campaign + "-ben";
        audience.add(campaign, new Recipient(ana, ana + "@example.org", "Ana", "es", true, "+17605550111", true), null,
                "OASIS");
        audience.add(campaign, new Recipient(ben, ben + "@example.org", "Ben", "en", true, "+17605550112", true), null,
                "OASIS");
        Instant now = Instant.now();
        Broadcast broadcast = Broadcast.draft(Ids.next("brd", now), campaign, new Message("Hola", "Texto"),
                new Message("Hello", "Text"), BroadcastChannel.EMAIL_AND_SMS, new ShortText("Hola", "Hello"),
                AudienceFilter.everyone(), "org-ana", now);
        broadcast.requestSend(null, 2, 500, "org-ana", now);
        broadcasts.save(broadcast);
        queue.queueIfDue(broadcast.id());
        String anasText = Broadcast.textRequestId(broadcast.id(), ana);

        events.publish(new NotificationDelivered(anasText, "supporters", "supporters.broadcast", "SMS", now, 1, "es"));
        events.publish(new NotificationDelivered(anasText, "supporters", "supporters.broadcast", "SMS", now, 1, "es"));
        events.publish(new NotificationFailed(Broadcast.textRequestId(broadcast.id(), ben), "supporters",
                "supporters.broadcast", "SMS", 1, "UNDELIVERED", now, "en"));
        events.publish(new NotificationDelivered(Broadcast.requestId(broadcast.id(), ana), "supporters",
                "supporters.broadcast", "EMAIL", now));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(tally.reportOf(
                broadcasts.findById(broadcast.id()).orElseThrow())).isEqualTo(new BroadcastReport(2, 1, 0, 0, 0, 2, 1, 1)));
    }

    @Test
    void subscribingAgainOnTheUnsubscribePageRestoresTheConsent() {
        String campaign = Ids.random("cmp");
        audience.add(campaign, campaign + "-", 1, 0, null, "OASIS");
        String supporter = "sup_" + campaign + "-0000000";
        Instant now = Instant.now();

        events.publish(new RecipientUnsubscribed("uns_r" + campaign, supporter, "EMAIL", List.of("CAMPAIGN_UPDATES"), null,
                now));
        await().atMost(Duration.ofSeconds(60)).until(() -> !audience.consents(supporter));
        events.publish(new RecipientResubscribed("res_r" + campaign, supporter, "EMAIL", List.of("CAMPAIGN_UPDATES"),
                now.plusSeconds(30)));

        await().atMost(Duration.ofSeconds(60)).until(() -> audience.consents(supporter));
    }

    @Test
    void onlyRequestIdsOfBroadcastRecipientsCount() {
        assertThat(DeliveryTally.broadcastOf("brd_01abc:sup_xyz")).contains("brd_01abc");
        assertThat(DeliveryTally.broadcastOf("brd_01abc:sup_xyz:sms")).contains("brd_01abc");
        assertThat(DeliveryTally.broadcastOf("brd_01abc:sup_xyz:other")).isEmpty();
        assertThat(DeliveryTally.broadcastOf("brd_01abc:test:1:es")).isEmpty();
        assertThat(DeliveryTally.broadcastOf("ntf-petitions-verify-sig_1-1")).isEmpty();
        assertThat(DeliveryTally.broadcastOf(null)).isEmpty();
    }
}
