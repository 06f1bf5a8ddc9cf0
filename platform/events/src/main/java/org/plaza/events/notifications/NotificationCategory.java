package org.plaza.events.notifications;

/**
 * The kinds of message a service may ask for, as {@link NotificationRequested#category()} carries them by name;
 * a recipient unsubscribes per kind. The notifications service decides, per template, which are always sent.
 */
public enum NotificationCategory {

    /** Codes and confirmations the recipient asked for. */
    TRANSACTIONAL,
    /** News about something the recipient signed or commented on. */
    CAMPAIGN_UPDATES,
    /** Reminders of a shift or training the recipient signed up for. */
    REMINDERS,
    /** Invitations to take part (for example to volunteer). */
    INVITATIONS,
    /** A packet or delivery to a public body. */
    PUBLIC_BODY_DELIVERY
}
