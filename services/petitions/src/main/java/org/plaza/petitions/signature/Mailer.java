package org.plaza.petitions.signature;

import java.util.Optional;

import org.plaza.events.notifications.NotificationRequested;

/** Writes the notification requests a signature raises; the signature decides when, this decides what. */
interface Mailer {

    NotificationRequested verification(Signature signature, Credential.Issued credential, int sendNumber);

    /** To a signer whose signature is already confirmed and who (or someone) signed again; empty sends nothing. */
    Optional<NotificationRequested> alreadyConfirmed(Signature signature, int sendNumber);

    /**
     * The volunteer invitation, raised once when the signature's email is confirmed; empty when the signer did
     * not offer to volunteer.
     */
    Optional<NotificationRequested> volunteerInvitation(Signature signature);
}
