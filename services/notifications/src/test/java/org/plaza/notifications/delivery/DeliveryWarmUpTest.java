package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationDelivered;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.notifications.NotificationsServiceTest;
import org.plaza.starter.warmup.WarmUpWrites;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.mongo.DocumentCounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The warm-up notifications runs before it reports ready ({@link DeliveryWarmUp}) decides, stores and renders a
 * request for every email template only in the warm-up collection: nothing is stored where the dispatcher or the staff
 * look, no mail reaches the SMTP server and no event is published.
 */
class DeliveryWarmUpTest extends NotificationsServiceTest {

    @Autowired
    DeliveryWarmUp warmUp;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theWarmUpRendersEveryTemplateWithoutStoringSendingOrPublishingAnything() throws Exception {
        Map<String, Long> before = DocumentCounts.settled(mongo);
        Position published = events.positionOf(NotificationDelivered.class, NotificationFailed.class);

        warmUp.warmUp();

        Map<String, Long> after = DocumentCounts.of(mongo);
        assertThat(after.getOrDefault(WarmUpWrites.COLLECTION, 0L)).isZero();
        after.remove(WarmUpWrites.COLLECTION);
        before.remove(WarmUpWrites.COLLECTION);
        assertThat(after).isEqualTo(before);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        events.assertNoEvent(published, NotificationDelivered.class, any -> true, Duration.ofSeconds(2));
        events.assertNoEvent(published, NotificationFailed.class, any -> true, Duration.ofSeconds(1));
    }
}
