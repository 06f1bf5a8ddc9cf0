package org.plaza.comments.comment;

/**
 * The comment form as a resident fills it in (page) or a client sends it (JSON): plain strings, so an
 * unknown position or community gets a field message instead of a parsing error. {@code website} is a
 * honeypot that people never see. A resident gives an email or a mobile number ({@code phone}), or both;
 * {@code smsOptIn} is the form's own box for texts, which counts only with a number.
 */
public class CommentForm {

    /** The only fields a form may bind; anything else (indexed or nested paths included) is ignored. */
    public static final String[] FIELDS = { "name", "community", "email", "phone", "smsOptIn", "position", "comment", "language",
        "organization", "wantsToSpeak", "speakingLanguage", "volunteer", "website", "src" };

    private String name;
    private String community;
    private String email;
    private String phone;
    private boolean smsOptIn;
    private String position;
    private String comment;
    private String language;
    private String organization;
    private boolean wantsToSpeak;
    private String speakingLanguage;
    private boolean volunteer;
    private String website;
    /** Which share brought the commenter (the page's {@code ?src=}, allow-listed), kept in a hidden field. */
    private String src;

    public static CommentForm of(Comment existing) {
        CommentForm form = new CommentForm();
        CommentContent content = existing.content();
        form.name = content.name();
        form.community = content.community();
        form.email = existing.email();
        form.phone = existing.phone();
        form.smsOptIn = existing.smsOptIn();
        form.position = content.position().name();
        form.comment = content.text();
        form.language = content.language();
        form.organization = content.organization();
        form.wantsToSpeak = content.wantsToSpeak();
        form.speakingLanguage = content.speakingLanguage();
        form.volunteer = content.volunteerOptIn();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public boolean isWantsToSpeak() {
        return wantsToSpeak;
    }

    public void setWantsToSpeak(boolean wantsToSpeak) {
        this.wantsToSpeak = wantsToSpeak;
    }

    public String getSpeakingLanguage() {
        return speakingLanguage;
    }

    public void setSpeakingLanguage(String speakingLanguage) {
        this.speakingLanguage = speakingLanguage;
    }

    public boolean isVolunteer() {
        return volunteer;
    }

    public void setVolunteer(boolean volunteer) {
        this.volunteer = volunteer;
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
