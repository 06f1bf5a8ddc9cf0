package org.plaza.notifications.channel.sms.twilio.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plaza.notifications.channel.sms.InboundTexts;
import org.plaza.notifications.channel.sms.TextReports;
import org.plaza.notifications.channel.sms.twilio.TwilioCallbacks;
import org.plaza.notifications.channel.sms.twilio.TwilioStatuses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Twilio's calls: a text's status reports ({@code MessageStatus}: queued, sending, sent, delivered, undelivered,
 * failed…) and the texts residents send. A call whose {@code X-Twilio-Signature} does not match is refused with 403
 * and changes nothing ({@code plaza.notifications.sms.webhooks{outcome=forged}}). A resident's text is answered with
 * TwiML: a {@code <Message>} with the reply, or an empty {@code <Response/>}.
 */
@RestController
class TwilioWebhooksController {

    private static final Logger log = LoggerFactory.getLogger(TwilioWebhooksController.class);
    private static final String SIGNATURE = "X-Twilio-Signature";

    private final TwilioCallbacks callbacks;
    private final TextReports reports;
    private final InboundTexts inbound;
    private final MeterRegistry meters;
    private final Clock clock;

    TwilioWebhooksController(TwilioCallbacks callbacks, TextReports reports, InboundTexts inbound, MeterRegistry meters,
            Clock clock) {
        this.callbacks = callbacks;
        this.reports = reports;
        this.inbound = inbound;
        this.meters = meters;
        this.clock = clock;
    }

    @PostMapping(path = TwilioCallbacks.STATUS_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> status(HttpServletRequest request,
            @RequestHeader(name = SIGNATURE, required = false) String signature) {
        Map<String, List<String>> form = formParameters(request);
        if (!callbacks.authentic(TwilioCallbacks.STATUS_PATH, request.getQueryString(), form, signature)) {
            return forged("status");
        }
        String requestId = request.getParameter("request");
        Optional<TextReports.Status> status = TwilioStatuses.of(first(form, "MessageStatus"));
        if (requestId != null && status.isPresent()) {
            reports.reported(requestId, status.get(), clock.instant());
        }
        count("status");
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = TwilioCallbacks.INBOUND_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> inbound(HttpServletRequest request,
            @RequestHeader(name = SIGNATURE, required = false) String signature) {
        Map<String, List<String>> form = formParameters(request);
        if (!callbacks.authentic(TwilioCallbacks.INBOUND_PATH, request.getQueryString(), form, signature)) {
            forged("inbound");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Optional<String> reply = inbound.received(first(form, "From"), first(form, "Body"));
        count("inbound");
        String twiml = reply.map(text -> "<Response><Message>" + HtmlUtils.htmlEscape(text, "UTF-8") + "</Message></Response>")
                .orElse("<Response/>");
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + twiml);
    }

    /**
     * The POST's form parameters alone: the servlet merges the query's into them, and Twilio signs the query as part
     * of the address, so each query value is taken out once.
     */
    static Map<String, List<String>> formParameters(HttpServletRequest request) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, new ArrayList<>(Arrays.asList(values))));
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                List<String> values = form.get(name);
                if (values != null) {
                    values.remove(value);
                    if (values.isEmpty()) {
                        form.remove(name);
                    }
                }
            }
        }
        return form;
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private ResponseEntity<Void> forged(String webhook) {
        log.warn("Refused a {} webhook call without a valid Twilio signature", webhook);
        meters.counter("plaza.notifications.sms.webhooks", "webhook", webhook, "outcome", "forged").increment();
        return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }

    private void count(String webhook) {
        meters.counter("plaza.notifications.sms.webhooks", "webhook", webhook, "outcome", "accepted").increment();
    }
}
