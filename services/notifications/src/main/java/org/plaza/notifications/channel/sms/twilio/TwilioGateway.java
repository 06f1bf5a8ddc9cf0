package org.plaza.notifications.channel.sms.twilio;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.plaza.notifications.channel.DeliveryException;
import org.plaza.notifications.channel.ReasonCodes;
import org.plaza.notifications.channel.sms.SmsGateway;
import org.plaza.notifications.channel.sms.TextReports;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a text with Twilio's Messages API: {@code POST {baseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json},
 * form-encoded {@code To}, {@code From} (or {@code MessagingServiceSid}), {@code Body} and {@code StatusCallback}
 * (where Twilio reports delivery, {@link TwilioCallbacks#statusCallbackUrl}), HTTP Basic authentication with the
 * account SID and auth token. The answer's {@code sid} is the message id.
 * <p>
 * Failures: a number Twilio refuses (error 21211 invalid, 21614 not a mobile, 21408 region not enabled, 21610 the
 * person texted STOP to Twilio) is {@code RECIPIENT_REJECTED}, permanent; other 4xx answers are
 * {@code MESSAGE_REJECTED}, permanent, except 401/403 (credentials: fixed by an operator, so retried) and 429; 5xx,
 * 429 and network errors are {@code SERVER_UNREACHABLE}, retried.
 * <p>
 * How far a text got: {@code GET {baseUrl}/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json}, the message's
 * {@code status} read as its status callback's ({@link TwilioStatuses}); 404 is a message Twilio does not know, any
 * other failure a transient {@code SERVER_UNREACHABLE}.
 */
@Component
@EnableConfigurationProperties(TwilioSettings.class)
class TwilioGateway implements SmsGateway {

    private static final Set<Integer> RECIPIENT_ERRORS = Set.of(21211, 21214, 21408, 21610, 21612, 21614);

    private final TwilioSettings settings;
    private final TwilioCallbacks callbacks;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    TwilioGateway(TwilioSettings settings, TwilioCallbacks callbacks) {
        this.settings = settings;
        this.callbacks = callbacks;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String send(TextMessage message) throws DeliveryException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", message.to());
        if (!settings.messagingServiceSid().isBlank()) {
            form.put("MessagingServiceSid", settings.messagingServiceSid());
        } else {
            form.put("From", settings.from());
        }
        form.put("Body", message.body());
        form.put("StatusCallback", callbacks.statusCallbackUrl(message.requestId()));
        HttpRequest request = messages("/Messages.json")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
        HttpResponse<String> response = exchange(request, "sending a text");
        return sidOrFailure(response.statusCode(), response.body());
    }

    @Override
    public Optional<TextReports.Status> status(String messageId) throws DeliveryException {
        HttpRequest request = messages("/Messages/" + URLEncoder.encode(messageId, StandardCharsets.UTF_8) + ".json")
                .GET().build();
        HttpResponse<String> response = exchange(request, "asking for a text's status");
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw DeliveryException.transientFailure(ReasonCodes.SERVER_UNREACHABLE,
                    "SMS provider answered " + response.statusCode() + " to a status request", null);
        }
        return TwilioStatuses.of(parse(response.body()).path("status").asString(""));
    }

    /** A request to the account's messages resource {@code path}, authenticated, asking for JSON. */
    private HttpRequest.Builder messages(String path) {
        String credentials = Base64.getEncoder().encodeToString(
                (settings.accountSid() + ":" + settings.authToken()).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/2010-04-01/Accounts/"
                        + URLEncoder.encode(settings.accountSid(), StandardCharsets.UTF_8) + path))
                .timeout(settings.timeout())
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json");
    }

    private HttpResponse<String> exchange(HttpRequest request, String doing) throws DeliveryException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw DeliveryException.transientFailure(ReasonCodes.SERVER_UNREACHABLE,
                    "SMS provider unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.transientFailure(ReasonCodes.INTERRUPTED, "interrupted while " + doing, e);
        }
    }

    private String sidOrFailure(int status, String body) throws DeliveryException {
        JsonNode answer = parse(body);
        if (status / 100 == 2) {
            String sid = answer.path("sid").asString("");
            if (sid.isBlank()) {
                throw DeliveryException.transientFailure(ReasonCodes.SERVER_UNREACHABLE,
                        "SMS provider answered " + status + " without a sid", null);
            }
            return sid;
        }
        int code = answer.path("code").asInt(0);
        String what = "SMS provider answered " + status + (code == 0 ? "" : " (error " + code + ")");
        if (status >= 500 || status == 429 || status == 401 || status == 403) {
            throw DeliveryException.transientFailure(ReasonCodes.SERVER_UNREACHABLE, what, null);
        }
        if (RECIPIENT_ERRORS.contains(code)) {
            throw DeliveryException.permanentFailure(ReasonCodes.RECIPIENT_REJECTED, what, null);
        }
        throw DeliveryException.permanentFailure(ReasonCodes.MESSAGE_REJECTED, what, null);
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (RuntimeException e) {
            return json.createObjectNode();
        }
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
