package org.plaza.notifications.channel;

/** The reason codes a failed notification reports, in the delivery log and {@code NotificationFailed}. */
public final class ReasonCodes {

    /** The recipient's server refused the address. */
    public static final String RECIPIENT_REJECTED = "RECIPIENT_REJECTED";
    /** The mailbox exists but cannot take mail now (full, over quota). */
    public static final String MAILBOX_UNAVAILABLE = "MAILBOX_UNAVAILABLE";
    /** The SMTP relay could not be reached or answered with a temporary error. */
    public static final String SERVER_UNREACHABLE = "SERVER_UNREACHABLE";
    /** The relay refused the message itself (content, size, policy). */
    public static final String MESSAGE_REJECTED = "MESSAGE_REJECTED";
    /** The attachment could not be fetched from the requesting service. */
    public static final String ATTACHMENT_UNAVAILABLE = "ATTACHMENT_UNAVAILABLE";
    /** Unknown template key, missing parameters, or a template that failed to render. */
    public static final String TEMPLATE_ERROR = "TEMPLATE_ERROR";
    /** An unexpected error in this service (a bug); retried like a transient failure. */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    /** A send was interrupted (the service stopped mid-send) and will be tried again. */
    public static final String INTERRUPTED = "INTERRUPTED";

    /** A text to a number whose country an admin has not allowed ({@code plaza.notifications.sms.allowed-countries}). */
    public static final String COUNTRY_NOT_ALLOWED = "COUNTRY_NOT_ALLOWED";
    /** A text refused by the per-number or per-prefix limit (against SMS pumping). */
    public static final String RATE_LIMITED = "RATE_LIMITED";
    /** The SMS provider reported that the text could not be delivered (undelivered or failed). */
    public static final String UNDELIVERED = "UNDELIVERED";

    private ReasonCodes() {
    }
}
