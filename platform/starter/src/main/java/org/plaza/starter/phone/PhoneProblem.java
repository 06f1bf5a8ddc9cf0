package org.plaza.starter.phone;

/** Why a typed number is refused, each with the message key a form shows next to the field (English and Spanish). */
public enum PhoneProblem {

    /** Not a phone number at all, or not a complete one (too short, too long, an extension). */
    MALFORMED("plaza.phone.malformed"),
    /** A real number that cannot receive texts: a landline only, toll-free, premium rate. */
    NOT_MOBILE("plaza.phone.not-mobile"),
    /** A number of a country the platform does not text ({@code plaza.phone.allowed-regions}). */
    REGION_NOT_ALLOWED("plaza.phone.region-not-allowed");

    private final String messageKey;

    PhoneProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
