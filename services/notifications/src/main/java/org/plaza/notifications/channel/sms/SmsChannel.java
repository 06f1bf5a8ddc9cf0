package org.plaza.notifications.channel.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.plaza.notifications.channel.Channel;
import org.plaza.notifications.channel.DeliveryException;
import org.plaza.notifications.channel.Outgoing;
import org.plaza.notifications.channel.ReasonCodes;
import org.plaza.notifications.template.Category;
import org.plaza.notifications.template.TemplateCatalog;
import org.plaza.notifications.template.TemplateRenderer;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.phone.PhoneProblem;
import org.plaza.starter.sms.SmsSegments;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends notifications as text messages through the configured {@link SmsGateway}. Before a text leaves it checks, in
 * order: the number is a mobile of a region an admin allows ({@code plaza.phone.allowed-regions}, decided by the
 * starter's {@link PhoneNumbers}; else {@code COUNTRY_NOT_ALLOWED} or {@code RECIPIENT_REJECTED}, permanent); an
 * optional text is not due in quiet hours (it waits until they end, deferred, not dropped); the per-number and
 * per-prefix limits ({@code RATE_LIMITED}, permanent: a flood is refused, not postponed). Then it renders the
 * template's text variant and counts its segments ({@link SmsSegments}). The text counts as delivered only when the
 * provider reports so.
 * <p>
 * Metrics: {@code plaza.notifications.sms.sent{template,encoding}}, {@code plaza.notifications.sms.segments{template}}
 * (segments sent), {@code plaza.notifications.sms.refused{reason}}, {@code plaza.notifications.sms.deferred}.
 */
@Component
@EnableConfigurationProperties(SmsSettings.class)
class SmsChannel implements Channel {

    static final String NAME = "SMS";

    private final SmsGateway gateway;
    private final TemplateCatalog catalog;
    private final TemplateRenderer renderer;
    private final SmsSettings settings;
    private final PhoneNumbers phoneNumbers;
    private final QuietHours quietHours;
    private final SendLimits limits;
    private final MeterRegistry meters;
    private final Clock clock;

    SmsChannel(SmsGateway gateway, TemplateCatalog catalog, TemplateRenderer renderer, SmsSettings settings,
            PhoneNumbers phoneNumbers, WindowCounters counters, MeterRegistry meters, Clock clock) {
        this.gateway = gateway;
        this.catalog = catalog;
        this.renderer = renderer;
        this.settings = settings;
        this.phoneNumbers = phoneNumbers;
        this.quietHours = QuietHours.of(settings.quietHours());
        this.limits = new SendLimits(counters, settings.limits());
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String deliver(Outgoing message) throws DeliveryException {
        return send(message).messageId();
    }

    @Override
    public Sent send(Outgoing message) throws DeliveryException {
        Category category = message.template().category();
        String number = message.recipient();
        Optional<PhoneProblem> problem = phoneNumbers.problem(number);
        if (problem.isPresent()) {
            throw problem.get() == PhoneProblem.REGION_NOT_ALLOWED
                    ? refused(ReasonCodes.COUNTRY_NOT_ALLOWED, "the number's country is not allowed")
                    : refused(ReasonCodes.RECIPIENT_REJECTED, "not a mobile number (" + problem.get() + ")");
        }
        Instant now = clock.instant();
        if (!category.alwaysSent()) {
            Optional<Instant> quietUntil = quietHours.endOf(now);
            if (quietUntil.isPresent()) {
                meters.counter("plaza.notifications.sms.deferred").increment();
                throw DeliveryException.deferredUntil(Duration.between(now, quietUntil.get()), DeliveryException.QUIET_HOURS,
                        "optional text in quiet hours");
            }
        }
        List<String> arguments = catalog.textArguments(message.template())
                .orElseThrow(() -> DeliveryException.permanentFailure(ReasonCodes.TEMPLATE_ERROR,
                        "template " + message.template().key() + " has no text message", null));
        String body;
        try {
            body = renderer.renderText(message.template(), message.locale(), arguments, message.parameters());
        } catch (RuntimeException e) {
            throw DeliveryException.permanentFailure(ReasonCodes.TEMPLATE_ERROR,
                    "text of " + message.template().key() + " failed to render: " + e.getClass().getSimpleName(), e);
        }
        Optional<SendLimits.Refusal> over = limits.admit(message.recipientKey(),
                E164.prefix(number, settings.limits().prefixDigits()), category == Category.TRANSACTIONAL, now);
        if (over.isPresent()) {
            throw refused(ReasonCodes.RATE_LIMITED,
                    "over the per-" + over.get().name().toLowerCase(Locale.ROOT) + " limit");
        }
        SmsSegments.Count count = SmsSegments.count(body);
        String messageId = gateway.send(new SmsGateway.TextMessage(number, body, message.requestId()));
        String template = message.template().key();
        meters.counter("plaza.notifications.sms.sent", "template", template, "encoding", count.encoding().name())
                .increment();
        meters.counter("plaza.notifications.sms.segments", "template", template).increment(count.segments());
        return new Sent(messageId, count.segments(), true);
    }

    private DeliveryException refused(String reason, String message) {
        meters.counter("plaza.notifications.sms.refused", "reason", reason).increment();
        return DeliveryException.permanentFailure(reason, message, null);
    }
}
