package org.plaza.notifications.channel.sms;

import java.util.Optional;

import org.plaza.notifications.channel.DeliveryException;

/**
 * The port to an SMS provider: hands one text over, and asks how far a text got. A provider's adapter implements it
 * (Twilio's Programmable Messaging in {@code channel.sms.twilio}), together with the webhooks through which that
 * provider reports delivery ({@link TextReports}) and passes on residents' replies ({@link InboundTexts}). The
 * question is for texts whose report never came (a carrier that sends none, a callback lost on the way).
 */
public interface SmsGateway {

    /**
     * Sends one text.
     *
     * @return the provider's id of the message
     * @throws DeliveryException when the provider did not take it: transient (unreachable, overloaded) or permanent
     *         (a number it refuses)
     */
    String send(TextMessage message) throws DeliveryException;

    /**
     * Asks the provider how far the text it took under {@code messageId} got, as its delivery report would say.
     *
     * @return the status; empty when the provider does not know the message
     * @throws DeliveryException (transient) when the provider could not be asked
     */
    Optional<TextReports.Status> status(String messageId) throws DeliveryException;

    /**
     * One text to send.
     *
     * @param to the recipient's number in E.164
     * @param body the text
     * @param requestId the notification request it answers, for the provider's delivery report
     */
    record TextMessage(String to, String body, String requestId) {
    }
}
