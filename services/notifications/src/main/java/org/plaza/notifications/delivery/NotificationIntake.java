package org.plaza.notifications.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.plaza.events.notifications.NotificationRequested;
import org.plaza.notifications.channel.Outgoing;
import org.plaza.notifications.channel.ReasonCodes;
import org.plaza.notifications.channel.sms.E164;
import org.plaza.notifications.consent.TextConsent;
import org.plaza.notifications.template.MessageTemplate;
import org.plaza.notifications.template.TemplateCatalog;
import org.plaza.starter.locale.LocaleSettings;
import org.plaza.starter.messaging.PoisonMessageException;
import org.plaza.starter.supporter.InvalidEmailException;
import org.plaza.starter.supporter.SupporterIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Accepts notification requests. Each becomes one stored notification keyed by its request id, decided
 * in one insert: pending (to send now or at its time; due now with a sender free, already claimed by it), cancelled
 * (its item was cancelled first) or failed (it can never be sent; {@code NotificationFailed} is raised in the same
 * write). A second delivery of the same request id is refused by the unique id and changes nothing of the first,
 * whatever happened to it since. A pending or claimed one is put in the {@link DispatchQueue} before it is stored, so
 * a crash in between leaves an extra queue entry, never an unfinished notification the dispatcher cannot find.
 */
@Service
public class NotificationIntake {

    private static final Logger log = LoggerFactory.getLogger(NotificationIntake.class);
    private static final Pattern SERVICE = Pattern.compile("^[a-z][a-z0-9-]*$");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("^[a-z]+\\.[a-z0-9-]+$");

    private final Notifications notifications;
    private final DispatchQueue queue;
    private final TemplateCatalog catalog;
    private final Cancellations cancellations;
    private final ErasedSupporters erased;
    private final SupporterIds supporterIds;
    private final TextConsent textConsent;
    private final LocaleSettings locales;
    private final Dispatcher dispatcher;
    private final MeterRegistry meters;
    private final Clock clock;

    NotificationIntake(Notifications notifications, DispatchQueue queue, TemplateCatalog catalog,
            Cancellations cancellations, ErasedSupporters erased, SupporterIds supporterIds, TextConsent textConsent,
            LocaleSettings locales, Dispatcher dispatcher, MeterRegistry meters, Clock clock) {
        this.notifications = notifications;
        this.queue = queue;
        this.catalog = catalog;
        this.cancellations = cancellations;
        this.erased = erased;
        this.supporterIds = supporterIds;
        this.textConsent = textConsent;
        this.locales = locales;
        this.dispatcher = dispatcher;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Stores the request's notification unless one with its id exists. The insert is the only check: a redelivered
     * request is decided again and then refused by the unique id (what it wrote before, a queue entry or a scheduled
     * item, is idempotent and settled by the poll). A request due now that finds a sender free is stored claimed and
     * sent at once ({@link Dispatcher#claimOnArrival}).
     */
    public void accept(NotificationRequested request) {
        checkEnvelope(request);
        Instant now = clock.instant();
        Notification notification = decide(request, now);
        String outcome = notification.state().name().toLowerCase(Locale.ROOT);
        DispatchQueue.Entry queued = null;
        boolean claimed = false;
        boolean stored = false;
        try {
            if (notification.state() == State.PENDING) {
                if (request.sendAt() != null) {
                    cancellations.scheduled(notification.id(), request.relatedIds(), request.sendAt());
                }
                claimed = notification.dueBy(now) && dispatcher.claimOnArrival(notification, now);
                queued = queue.enqueue(notification.id(), claimed ? notification.leaseUntil() : notification.dueAt());
            }
            stored = notifications.insertIfAbsent(notification);
        } finally {
            if (claimed && !stored) {
                dispatcher.notStoredOnArrival();
            }
        }
        if (!stored) {
            count(request, "duplicate");
            return;
        }
        count(request, outcome);
        if (claimed) {
            dispatcher.sendClaimedOnArrival(notification, queued);
        } else if (queued != null && !notification.dueAt().isAfter(clock.instant())) {
            dispatcher.dueNow(queued, notification);
        }
    }

    /**
     * The notification {@link #accept} would store for {@code request}, decided as it would be (its reads included),
     * but neither stored, queued nor sent: the warm-up before readiness.
     */
    Notification rehearse(NotificationRequested request) {
        checkEnvelope(request);
        return decide(request, clock.instant());
    }

    private Notification decide(NotificationRequested request, Instant now) {
        Optional<MessageTemplate> found = catalog.find(request.templateKey());
        if (found.isEmpty()) {
            log.warn("Notification request {} from {} names unknown template {}", request.requestId(),
                    request.requestingService(), request.templateKey());
            return Notification.rejected(request, ReasonCodes.TEMPLATE_ERROR, now);
        }
        MessageTemplate template = found.get();
        String recipientKey;
        if (NotificationRequested.SMS.equals(request.channel())) {
            if (catalog.textArguments(template).isEmpty()) {
                log.warn("Notification request {} from {} asks for a text of {}, which has no text message",
                        request.requestId(), request.requestingService(), template.key());
                return Notification.rejected(request, ReasonCodes.TEMPLATE_ERROR, now);
            }
            if (!E164.isE164(request.recipientPhone())) {
                log.warn("Notification request {} from {} has no usable mobile number", request.requestId(),
                        request.requestingService());
                return Notification.rejected(request, ReasonCodes.RECIPIENT_REJECTED, now);
            }
            recipientKey = textConsent.numberKey(request.recipientPhone());
        } else if (request.channel() != null && !NotificationRequested.EMAIL.equals(request.channel())) {
            log.warn("Notification request {} from {} names unknown channel {}", request.requestId(),
                    request.requestingService(), request.channel());
            return Notification.rejected(request, ReasonCodes.RECIPIENT_REJECTED, now);
        } else {
            try {
                recipientKey = supporterIds.supporterId(request.recipientEmail());
            } catch (InvalidEmailException e) {
                log.warn("Notification request {} from {} has an unusable recipient address", request.requestId(),
                        request.requestingService());
                return Notification.rejected(request, ReasonCodes.RECIPIENT_REJECTED, now);
            }
        }
        List<Outgoing.Attachment> files = attachmentsOf(request);
        Optional<String> problem = template.problemWith(request.templateParameters(), !files.isEmpty());
        if (problem.isPresent()) {
            log.warn("Notification request {} from {} for {} cannot be rendered: {}", request.requestId(),
                    request.requestingService(), template.key(), problem.get());
            return Notification.rejected(request, ReasonCodes.TEMPLATE_ERROR, now);
        }
        if (!template.category().name().equals(request.category())) {
            log.warn("Notification request {} from {} asks for category {}, template {} is sent as {}",
                    request.requestId(), request.requestingService(), request.category(), template.key(),
                    template.category());
            meters.counter("plaza.notifications.category.corrected", "template", template.key()).increment();
        }
        if (request.sendAt() != null && cancellations.cancelledSince(aboutAndOwnId(request), request.requestedAt())) {
            return Notification.cancelledOnArrival(request, template, recipientKey, now);
        }
        if (erased.erasedSince(request.supporterId(), recipientKey, request.requestedAt())) {
            log.info("Notification request {} from {} was asked for before its recipient was erased; not sent",
                    request.requestId(), request.requestingService());
            return Notification.cancelledOnArrival(request, template, recipientKey, now);
        }
        if (NotificationRequested.SMS.equals(request.channel())) {
            textConsent.remember(recipientKey, request.supporterId());
        }
        return Notification.accepted(request, template, language(request.locale()), recipientKey,
                parametersOf(template, request.templateParameters()),
                template.attachment() == MessageTemplate.AttachmentRule.NONE ? List.of() : files, now);
    }

    /** The items a scheduled request is about, and its own id (a cancellation may name the request itself). */
    private static List<String> aboutAndOwnId(NotificationRequested request) {
        List<String> ids = new ArrayList<>(request.relatedIds() == null ? List.of() : request.relatedIds());
        ids.add(request.requestId());
        return ids;
    }

    /** Only the parameters the template reads are stored: nothing else a request carries is kept. */
    private static Map<String, String> parametersOf(MessageTemplate template, Map<String, String> given) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : template.parameters()) {
            String value = given == null ? null : given.get(name);
            if (value != null && !value.isBlank()) {
                kept.put(name, value);
            }
        }
        return kept;
    }

    /**
     * The files to attach, in order: {@code attachment}, then {@code attachments}. Entries without a URI are
     * ignored and a file named twice is attached once. Hosts and sizes are checked when the files are fetched.
     */
    private static List<Outgoing.Attachment> attachmentsOf(NotificationRequested request) {
        List<NotificationRequested.Attachment> requested = new ArrayList<>();
        requested.add(request.attachment());
        if (request.attachments() != null) {
            requested.addAll(request.attachments());
        }
        LinkedHashSet<Outgoing.Attachment> files = new LinkedHashSet<>();
        for (NotificationRequested.Attachment attachment : requested) {
            if (attachment == null || attachment.uri() == null) {
                continue;
            }
            String filename = attachment.filename() == null || attachment.filename().isBlank() ? "attachment"
                    : attachment.filename();
            files.add(new Outgoing.Attachment(attachment.uri(), filename,
                    attachment.mediaType() == null ? "application/octet-stream" : attachment.mediaType()));
        }
        return List.copyOf(files);
    }

    private Locale language(String requested) {
        return locales.supported().stream().filter(locale -> locale.getLanguage().equals(requested)).findFirst()
                .orElse(locales.defaultLocale());
    }

    /** Requests that break the contract's envelope cannot even be answered with NotificationFailed. */
    private static void checkEnvelope(NotificationRequested request) {
        if (request.requestId() == null || request.requestId().isBlank() || request.requestId().length() > 200) {
            throw new PoisonMessageException("Notification request without a usable requestId");
        }
        if (request.requestingService() == null || !SERVICE.matcher(request.requestingService()).matches()
                || request.templateKey() == null || !TEMPLATE_KEY.matcher(request.templateKey()).matches()) {
            throw new PoisonMessageException("Notification request " + request.requestId()
                    + " has no valid requestingService or templateKey");
        }
    }

    private void count(NotificationRequested request, String outcome) {
        meters.counter("plaza.notifications.requests", "requester", request.requestingService(), "outcome", outcome)
                .increment();
    }
}
