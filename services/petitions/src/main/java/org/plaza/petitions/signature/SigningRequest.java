package org.plaza.petitions.signature;

/**
 * A signature as a resident submitted it (form or JSON), already checked for sizes and required fields;
 * {@code website} is the honeypot that people never fill in.
 */
public record SigningRequest(String fullName, String email, String community, String zip, String comment,
        boolean updatesOptIn, boolean volunteerOptIn, String website) {

    public boolean honeypotFilled() {
        return website != null && !website.isBlank();
    }
}
