package org.plaza.notifications.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.notifications.channel.Channels;
import org.plaza.notifications.template.MessageTemplate;
import org.plaza.notifications.template.TemplateCatalog;
import org.plaza.starter.notification.NotificationRequest;
import org.plaza.starter.warmup.WarmUp;
import org.plaza.starter.warmup.WarmUpWrites;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Before notifications reports ready (starter's warm-up): a request for every email template, in Spanish and English,
 * read from its JSON as the consumer reads it, decided by the intake as it would be (its reads included), stored in
 * the warm-up collection ({@link WarmUpWrites}) and read back, then rendered and assembled into the MIME message the
 * email channel would send, written to nowhere. Then the verification templates (a resident's first mail) again, as
 * many rounds as the first residents would need to get their path compiled. Nothing is stored where the dispatcher or
 * the staff look, nothing is queued or sent, and no other service receives anything.
 */
@Component
class DeliveryWarmUp implements WarmUp {

    static final int ROUNDS = 100;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(15);
    private static final Duration RELAY_PATIENCE = Duration.ofSeconds(10);
    private static final String LINK = "https://plaza.example.org/warm-up";

    private final NotificationIntake intake;
    private final TemplateCatalog catalog;
    private final Channels channels;
    private final WarmUpWrites writes;
    private final JsonMapper json;
    private final Clock clock;

    DeliveryWarmUp(NotificationIntake intake, TemplateCatalog catalog, Channels channels, WarmUpWrites writes,
            JsonMapper json, Clock clock) {
        this.intake = intake;
        this.catalog = catalog;
        this.channels = channels;
        this.writes = writes;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void warmUp() throws Exception {
        List<MessageTemplate> templates = catalog.all().stream()
                .filter(template -> template.problemWith(parameters(template), false).isEmpty()).toList();
        int sequence = 0;
        for (MessageTemplate template : templates) {
            for (String language : List.of("es", "en")) {
                rehearse(template, language, sequence++);
            }
        }
        List<MessageTemplate> verifications = templates.stream()
                .filter(template -> template.required().contains("code")).toList();
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        for (int round = 0; round < ROUNDS && System.nanoTime() < deadline; round++) {
            for (MessageTemplate template : verifications) {
                rehearse(template, round % 2 == 0 ? "es" : "en", sequence++);
            }
        }
        writes.finish(RELAY_PATIENCE);
    }

    private void rehearse(MessageTemplate template, String language, int sequence) throws Exception {
        NotificationRequested request = NotificationRequest.builder().requestId("plaza-warm-up:" + sequence)
                .requestingService("notifications")
                .category(NotificationCategory.valueOf(template.category().name())).templateKey(template.key())
                .locale(language).recipient("warm-up-" + sequence + "@example.org", "Plaza Warm-Up")
                .templateParameters(parameters(template)).requestedAt(clock.instant()).build();
        NotificationRequested received = json.readValue(json.writeValueAsBytes(request), NotificationRequested.class);
        Notification notification = intake.rehearse(received);
        writes.insert(notification);
        Notification stored = writes.read(notification.id(), Notification.class);
        if (stored.state() == State.PENDING) {
            MessageTemplate found = catalog.find(stored.templateKey()).orElse(template);
            channels.find(NotificationRequested.EMAIL).orElseThrow()
                    .rehearse(stored.outgoing(found, Locale.forLanguageTag(stored.locale())));
        }
    }

    /** A value for each parameter the template reads: a link where a link is expected. */
    private static Map<String, String> parameters(MessageTemplate template) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : template.parameters()) {
            parameters.put(name, name.endsWith("Url") ? LINK : name.equals("code") ? "123456" : "Plaza warm-up");
        }
        return parameters;
    }
}
