package org.plaza.devstack.sms;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS sink as a process of its own (Compose's development profile; {@code ./plaza up} runs it inside the
 * launcher, through {@link SmsSinkServer}): {@code SmsMain <port> <notifications-url>} runs {@link SmsSink} on 127.0.0.1 for the public
 * development account ({@value #ACCOUNT_SID}, token {@value #AUTH_TOKEN}, the values of the notifications service's
 * {@code embedded} profile), posting residents' replies to {@code <notifications-url>/notifications/sms/inbound}.
 * In a container (Compose's development profile) {@code PLAZA_SMS_SINK_BIND}, {@code PLAZA_TWILIO_ACCOUNT_SID} and
 * {@code PLAZA_TWILIO_AUTH_TOKEN} override the address and the account; a token set but blank stops it, as the
 * notifications service would refuse every callback signed with it.
 */
public final class SmsMain {

    /** The development account: public values, worthless anywhere else. */
    public static final String ACCOUNT_SID = "ACplazadevelopment000000000000000";
    public static final String AUTH_TOKEN = "plaza-development-sms-token";
    /** The number texts come from under {@code ./plaza up}. */
    public static final String SERVICE_NUMBER = "+17605550100";
    public static final String INBOUND_PATH = "/notifications/sms/inbound";

    private static final Logger log = LoggerFactory.getLogger(SmsMain.class);

    private SmsMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: SmsMain <port> <notifications-url>");
            System.exit(64);
        }
        SmsSink sink;
        try {
            sink = start(Integer.parseInt(args[0]), args[1], System.getenv());
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(78);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sink.stop();
            stopped.countDown();
        }, "sms-shutdown"));
        stopped.await();
    }

    /**
     * Starts the sink as this class's Javadoc says, {@code environment} giving the overrides; an
     * {@link IllegalStateException} says why it cannot (a blank token).
     */
    static SmsSink start(int port, String notificationsUrl, Map<String, String> environment) throws IOException {
        String inbound = notificationsUrl.replaceAll("/+$", "") + INBOUND_PATH;
        String token = environment.getOrDefault("PLAZA_TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        if (token.isBlank()) {
            throw new IllegalStateException(
                    "PLAZA_TWILIO_AUTH_TOKEN is blank: set it (the same for the notifications service).");
        }
        SmsSink sink = SmsSink.start(environment.getOrDefault("PLAZA_SMS_SINK_BIND", "127.0.0.1"), port,
                environment.getOrDefault("PLAZA_TWILIO_ACCOUNT_SID", ACCOUNT_SID), token, inbound, SERVICE_NUMBER);
        log.info("SMS sink (Twilio Messages API and viewer) on {}, replies to {}", sink.baseUrl(), inbound);
        return sink;
    }
}
