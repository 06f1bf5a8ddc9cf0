package org.plaza.petitions.signature;

/**
 * A signature as a resident submitted it (form or JSON), already checked for sizes and required fields;
 * {@code website} is the honeypot that people never fill in. A resident gives an email, a mobile number
 * ({@code phone}, as typed), or both; {@code smsOptIn} is the form's own checkbox for news by text.
 */
public record SigningRequest(String fullName, String email, String community, String zip, String comment,
        boolean updatesOptIn, boolean volunteerOptIn, String website, String phone, boolean smsOptIn) {

    /** A signature with an email only, as before mobile numbers. */
    public SigningRequest(String fullName, String email, String community, String zip, String comment,
            boolean updatesOptIn, boolean volunteerOptIn, String website) {
        this(fullName, email, community, zip, comment, updatesOptIn, volunteerOptIn, website, null, false);
    }

    /** Whether an email was given. */
    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    /** Whether a mobile number was given. */
    public boolean hasPhone() {
        return phone != null && !phone.isBlank();
    }

    public boolean honeypotFilled() {
        return website != null && !website.isBlank();
    }
}
