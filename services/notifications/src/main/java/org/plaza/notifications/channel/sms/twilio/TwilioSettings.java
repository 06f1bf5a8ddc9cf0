package org.plaza.notifications.channel.sms.twilio;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Twilio account texts are sent from ({@code plaza.notifications.sms.twilio.*}).
 *
 * @param baseUrl the API's address: {@code https://api.twilio.com}, or the local SMS sink under {@code ./plaza up}
 *        and in tests
 * @param accountSid the account ({@code AC…}), user of HTTP Basic authentication
 * @param authToken its auth token: the password, and the key of the callbacks' signatures
 * @param from the sending number in E.164; ignored when {@code messagingServiceSid} is set
 * @param messagingServiceSid a Messaging Service ({@code MG…}) to send through instead of one number; blank for none
 * @param timeout connect and read timeout of a send
 */
@ConfigurationProperties("plaza.notifications.sms.twilio")
public record TwilioSettings(@DefaultValue("https://api.twilio.com") String baseUrl, @DefaultValue("") String accountSid,
        @DefaultValue("") String authToken, @DefaultValue("") String from,
        @DefaultValue("") String messagingServiceSid, @DefaultValue("10s") Duration timeout) {

    public TwilioSettings {
        baseUrl = baseUrl.replaceAll("/+$", "");
    }
}
