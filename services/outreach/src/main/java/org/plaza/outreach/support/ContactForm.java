package org.plaza.outreach.support;

/**
 * What every resident form of outreach asks for to reach the person, as the page binds it: a name, an email, a mobile
 * number (one of the two at least, {@link ContactRules}), the box for texts ({@code textOptIn}, which counts only with
 * a number), and the honeypot field {@code website} that people never see. The volunteer sign-up extends it; a
 * meeting's RSVP is just this.
 */
public class ContactForm {

    /** The fields a form of only these may bind. */
    public static final String[] FIELDS = { "name", "email", "phone", "textOptIn", "website" };

    private String name;
    private String email;
    private String phone;
    private boolean textOptIn;
    private String website;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isTextOptIn() {
        return textOptIn;
    }

    public void setTextOptIn(boolean textOptIn) {
        this.textOptIn = textOptIn;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    /** Whether the honeypot was filled in: a bot, answered as a person would be and otherwise ignored. */
    public boolean caughtInHoneypot() {
        return website != null && !website.isBlank();
    }
}
