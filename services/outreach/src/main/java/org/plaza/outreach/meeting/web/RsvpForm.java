package org.plaza.outreach.meeting.web;

/** The RSVP form of a meeting's page: a name, an email, an optional mobile number, and the honeypot field people never see. */
public class RsvpForm {

    private String name;
    private String email;
    private String phone;
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

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
