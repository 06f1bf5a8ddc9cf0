package org.plaza.petitions.signature;

import java.util.Optional;

import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.supporters.SupporterContactShared;

/**
 * Writes what a signature raises for other services (notification requests, the hand-over of the signer's details
 * to the supporters service); the signature decides when, this decides what.
 */
interface Mailer {

    NotificationRequested verification(Signature signature, Credential.Issued credential, int sendNumber);

    /**
     * To a signer whose signature is already confirmed and who (or someone) signed again with the same address or
     * number: "you already signed, nothing to do", in {@code language}, the language of that request; empty sends
     * nothing.
     */
    Optional<NotificationRequested> alreadyConfirmed(Signature signature, int sendNumber, String language);

    /**
     * The volunteer invitation, raised once when the signature's email is confirmed; empty when the signer did
     * not offer to volunteer.
     */
    Optional<NotificationRequested> volunteerInvitation(Signature signature);

    /** The signer's details and consents for the supporters service, raised once when the email is confirmed. */
    SupporterContactShared contactShared(Signature signature);
}
