package org.plaza.notifications.channel.sms.twilio;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.plaza.notifications.channel.sms.SmsSettings;
import org.plaza.notifications.consent.LinkSettings;
import org.plaza.sms.wire.TwilioSignature;
import org.springframework.stereotype.Component;

/**
 * The addresses Twilio calls back, as Twilio sees them ({@code plaza.notifications.sms.webhook-base-url}, else the
 * public base URL), and the check that a call really comes from Twilio: its signature over that address.
 * <ul>
 * <li>{@value #STATUS_PATH}{@code ?request=<requestId>}: delivery reports of one text (the request id in the
 * signed address, so a report can name no other notification);</li>
 * <li>{@value #INBOUND_PATH}: texts residents send to the number (configure it as the number's incoming-message
 * webhook).</li>
 * </ul>
 */
@Component
public class TwilioCallbacks {

    public static final String STATUS_PATH = "/notifications/sms/status";
    public static final String INBOUND_PATH = "/notifications/sms/inbound";

    private final String baseUrl;
    private final TwilioSignature signature;
    private final boolean configured;

    TwilioCallbacks(SmsSettings sms, LinkSettings links, TwilioSettings twilio) {
        String base = sms.webhookBaseUrl().isBlank() ? links.publicBaseUrl() : sms.webhookBaseUrl();
        this.baseUrl = base.replaceAll("/+$", "");
        this.configured = !twilio.authToken().isBlank();
        this.signature = new TwilioSignature(configured ? twilio.authToken() : "unset");
    }

    /** Where Twilio reports the delivery of the text of {@code requestId}. */
    public String statusCallbackUrl(String requestId) {
        return baseUrl + STATUS_PATH + "?request=" + URLEncoder.encode(requestId, StandardCharsets.UTF_8);
    }

    /**
     * Whether a POST that reached {@code path} with {@code query} (null for none) and the form {@code parameters} was
     * signed by Twilio with the account's auth token. Without a configured token nothing is.
     */
    public boolean authentic(String path, String query, Map<String, List<String>> parameters, String signatureHeader) {
        if (!configured) {
            return false;
        }
        String url = baseUrl + path + (query == null || query.isEmpty() ? "" : "?" + query);
        return signature.verify(url, parameters, signatureHeader);
    }
}
