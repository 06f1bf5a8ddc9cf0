package org.plaza.petitions.signature.web;

import org.plaza.petitions.signature.SigningRequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The signing form as typed, kept when the page is shown again with errors: an email, a mobile number, or both. */
public class SignatureForm {

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[^\\p{Cntrl}]*")
    private String fullName;

    @Size(max = 254)
    private String email;

    @Size(max = 40)
    private String phone;

    private boolean smsOptIn;

    @Size(max = 40)
    private String community;

    @Size(max = 10)
    private String zip;

    @Size(max = 1000)
    private String comment;

    private boolean updatesOptIn;

    private boolean volunteerOptIn;

    @Size(max = 200)
    private String website;

    /** Which share brought the signer (the page's {@code ?src=}, allow-listed), kept in a hidden field. */
    @Size(max = 40)
    private String src;

    SigningRequest toRequest() {
        return new SigningRequest(fullName, email, community, zip, comment, updatesOptIn, volunteerOptIn, website,
                phone, smsOptIn);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
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

    public boolean isSmsOptIn() {
        return smsOptIn;
    }

    public void setSmsOptIn(boolean smsOptIn) {
        this.smsOptIn = smsOptIn;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
    }

    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isUpdatesOptIn() {
        return updatesOptIn;
    }

    public void setUpdatesOptIn(boolean updatesOptIn) {
        this.updatesOptIn = updatesOptIn;
    }

    public boolean isVolunteerOptIn() {
        return volunteerOptIn;
    }

    public void setVolunteerOptIn(boolean volunteerOptIn) {
        this.volunteerOptIn = volunteerOptIn;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getSrc() {
        return src;
    }

    public void setSrc(String src) {
        this.src = src;
    }
}
