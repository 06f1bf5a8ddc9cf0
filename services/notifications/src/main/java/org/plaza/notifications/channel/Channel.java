package org.plaza.notifications.channel;

/**
 * A medium that delivers notifications: it renders the message for its medium and hands it to its
 * provider. The dispatcher decides when and whether to send (schedule, consent, retries); a channel
 * only sends, and reports failures as {@link DeliveryException}s. Adding SMS means adding a channel
 * bean and a template set for it, without touching the services that request notifications.
 */
public interface Channel {

    /** The channel's name in requests, the delivery log and {@code NotificationFailed} (e.g. {@code EMAIL}). */
    String name();

    /**
     * Sends one message.
     *
     * @return the provider's id for the sent message (for the delivery log)
     * @throws DeliveryException when the message was not sent now, saying whether and when to try again
     */
    String deliver(Outgoing message) throws DeliveryException;

    /**
     * Sends one message and says what the dispatcher records: by default what {@link #deliver} returns, delivered
     * as soon as the provider took it. A channel whose provider reports delivery later (SMS) overrides this.
     */
    default Sent send(Outgoing message) throws DeliveryException {
        return new Sent(deliver(message), null, false);
    }

    /**
     * Everything {@link #send} does to a message without attachments but sending it, for the warm-up before
     * readiness: nothing leaves the service, no limit is spent. By default nothing.
     */
    default void rehearse(Outgoing message) throws Exception {
    }

    /**
     * What a channel's provider took.
     *
     * @param messageId the provider's id of the message
     * @param segments the SMS segments it takes, null for an email
     * @param awaitsReport whether delivery is only known once the provider reports it (a text); false means the
     *        provider's acceptance is the delivery (an email accepted by the mail server)
     */
    record Sent(String messageId, Integer segments, boolean awaitsReport) {
    }
}
