package org.plaza.supporters.broadcast;

import java.util.Locale;

/**
 * How a broadcast goes out, as the organizer chose it: by email, by text message, or both. With both, each recipient
 * gets it by every channel they agreed to (an email to those who agreed by email and gave an address, a text to those
 * who agreed by text and gave a mobile number), so someone who agreed to both gets both.
 */
public enum BroadcastChannel {

    EMAIL(true, false),
    SMS(false, true),
    EMAIL_AND_SMS(true, true);

    private final boolean emails;
    private final boolean texts;

    BroadcastChannel(boolean emails, boolean texts) {
        this.emails = emails;
        this.texts = texts;
    }

    /** Whether it goes by email to those who agreed to it. */
    public boolean emails() {
        return emails;
    }

    /** Whether it goes by text message to those who agreed to it. */
    public boolean texts() {
        return texts;
    }

    /** Whether a supporter who can or cannot be emailed gets an email of it. */
    public boolean emailsTo(boolean emailable) {
        return emails && emailable;
    }

    /** Whether a supporter who can or cannot be texted gets a text of it. */
    public boolean textsTo(boolean textable) {
        return texts && textable;
    }

    /** The form's value ({@code EMAIL}, {@code SMS}, {@code EMAIL_AND_SMS}); blank or unknown is email. */
    public static BroadcastChannel of(String value) {
        if (value == null || value.isBlank()) {
            return EMAIL;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return EMAIL;
        }
    }

    public String messageKey() {
        return "supporters.broadcast.channel." + name();
    }
}
