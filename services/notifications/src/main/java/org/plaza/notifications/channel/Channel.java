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
}
