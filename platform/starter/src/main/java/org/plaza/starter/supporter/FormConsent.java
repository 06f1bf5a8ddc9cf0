package org.plaza.starter.supporter;

import java.util.Locale;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.supporters.SupporterContactShared.Consent;
import org.springframework.context.MessageSource;

/**
 * A consent checkbox as a form shows it: the channel and the kind of message it covers, and the message key of
 * its label, the same key the form's template renders. The wording a hand-over records is read from that key in
 * the language the form was shown in, so the provenance cannot drift from the page.
 *
 * <pre>{@code
 * static final FormConsent UPDATES = FormConsent.email(NotificationCategory.CAMPAIGN_UPDATES, "signature.form.updatesOptIn");
 * UPDATES.answer(signature.updatesOptIn(), messages, signature.language());
 * }</pre>
 */
public record FormConsent(Channel channel, NotificationCategory category, String labelKey) {

    /** How the resident may be reached. */
    public enum Channel {
        EMAIL, SMS
    }

    /** A checkbox for messages by email. */
    public static FormConsent email(NotificationCategory category, String labelKey) {
        return new FormConsent(Channel.EMAIL, category, labelKey);
    }

    /** A checkbox for text messages: its own box, never implied by an email consent. */
    public static FormConsent sms(NotificationCategory category, String labelKey) {
        return new FormConsent(Channel.SMS, category, labelKey);
    }

    /** The label the form shows in {@code language} (ISO 639-1). */
    public String wording(MessageSource messages, String language) {
        return messages.getMessage(labelKey, null, Locale.forLanguageTag(language));
    }

    /** The resident's answer to this checkbox, with the label they were shown in {@code language}. */
    public Consent answer(boolean granted, MessageSource messages, String language) {
        return new Consent(channel.name(), category.name(), granted, wording(messages, language));
    }
}
