package org.plaza.notifications.channel.email;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.plaza.notifications.channel.DeliveryException;
import org.plaza.notifications.channel.ReasonCodes;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

import jakarta.mail.SendFailedException;

/**
 * Sorts SMTP failures into retry-or-give-up by their reply code: 5xx is permanent (a refused address, a
 * refused message), 4xx and anything without a code (connection refused, timeouts, a dropped connection,
 * bad credentials an operator can fix) is retried. Never keeps the server's text, which may quote the address.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static DeliveryException classify(MailException failure) {
        if (failure instanceof MailParseException) {
            return DeliveryException.permanentFailure(ReasonCodes.RECIPIENT_REJECTED, "address cannot be parsed", failure);
        }
        if (failure instanceof MailPreparationException) {
            return DeliveryException.permanentFailure(ReasonCodes.TEMPLATE_ERROR, "message cannot be prepared", failure);
        }
        if (failure instanceof MailAuthenticationException) {
            return DeliveryException.transientFailure(ReasonCodes.SERVER_UNREACHABLE, "SMTP authentication failed",
                    failure);
        }
        if (failure instanceof MailSendException send) {
            for (Exception cause : send.getMessageExceptions()) {
                DeliveryException classified = byReplyCode(cause);
                if (classified != null) {
                    return classified;
                }
            }
            DeliveryException classified = byReplyCode(send.getCause());
            if (classified != null) {
                return classified;
            }
        }
        return DeliveryException.transientFailure(ReasonCodes.SERVER_UNREACHABLE,
                "SMTP server unreachable: " + rootType(failure), failure);
    }

    private static DeliveryException byReplyCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SMTPAddressFailedException address) {
                return reply(address.getReturnCode(),
                        address.getReturnCode() == 552 || address.getReturnCode() == 452
                                ? ReasonCodes.MAILBOX_UNAVAILABLE
                                : ReasonCodes.RECIPIENT_REJECTED,
                        ReasonCodes.MAILBOX_UNAVAILABLE, "recipient refused", cause);
            }
            if (cause instanceof SMTPSenderFailedException sender) {
                return reply(sender.getReturnCode(), ReasonCodes.MESSAGE_REJECTED, ReasonCodes.SERVER_UNREACHABLE,
                        "sender refused", cause);
            }
            if (cause instanceof SMTPSendFailedException sendFailed) {
                return reply(sendFailed.getReturnCode(), ReasonCodes.MESSAGE_REJECTED, ReasonCodes.SERVER_UNREACHABLE,
                        "message refused", cause);
            }
            if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return DeliveryException.permanentFailure(ReasonCodes.RECIPIENT_REJECTED, "recipient refused", cause);
            }
        }
        return null;
    }

    private static DeliveryException reply(int code, String permanentReason, String transientReason, String what,
            Throwable cause) {
        if (code >= 500 && code < 600) {
            return DeliveryException.permanentFailure(permanentReason, what + " (SMTP " + code + ")", cause);
        }
        return DeliveryException.transientFailure(transientReason, what + " (SMTP " + code + ")", cause);
    }

    private static String rootType(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
