package org.plaza.devstack.sms;

import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS sink process: {@code SmsMain <port> <notifications-url>} runs {@link SmsSink} on 127.0.0.1 for the public
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
        int port = Integer.parseInt(args[0]);
        String inbound = args[1].replaceAll("/+$", "") + INBOUND_PATH;
        String token = System.getenv().getOrDefault("PLAZA_TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        if (token.isBlank()) {
            System.err.println("PLAZA_TWILIO_AUTH_TOKEN is blank: set it (the same for the notifications service).");
            System.exit(78);
        }
        SmsSink sink = SmsSink.start(System.getenv().getOrDefault("PLAZA_SMS_SINK_BIND", "127.0.0.1"), port,
                System.getenv().getOrDefault("PLAZA_TWILIO_ACCOUNT_SID", ACCOUNT_SID), token, inbound,
                SERVICE_NUMBER);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sink.stop();
            stopped.countDown();
        }, "sms-shutdown"));
        log.info("SMS sink (Twilio Messages API and viewer) on {}, replies to {}", sink.baseUrl(), inbound);
        stopped.await();
    }
}
