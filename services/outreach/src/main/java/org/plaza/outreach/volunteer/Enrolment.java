package org.plaza.outreach.volunteer;

import java.time.Duration;
import java.time.Instant;

import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.outreach.support.LinkSecrets;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A sign-up with an email that waits for the address to be confirmed (double opt-in). It holds what was typed,
 * and a link secret stored only as a salted SHA-256 hash; the email it raises (outbox) carries the link
 * {@code <enrolmentId>.<secret>}. Nothing else happens until it is confirmed: no volunteer, no personal link, no
 * place or spot in line. It is confirmed at most once, and its confirmation hands the volunteer's details to the
 * supporters service in the same write; the retention run deletes it once it has expired.
 */
@Document("volunteer_enrolments")
public class Enrolment extends OutboxAggregate {

    @Id
    private final String id;
    @Indexed
    private final String supporterId;
    private VolunteerApplication application;
    private final String source;
    private final String shiftId;
    private final String formLanguage;
    private final String secretHash;
    private final Instant requestedAt;
    @Indexed
    private final Instant expiresAt;
    private Instant confirmedAt;

    @PersistenceCreator
    Enrolment(String id, String supporterId, VolunteerApplication application, String source, String shiftId,
            String formLanguage, String secretHash, Instant requestedAt, Instant expiresAt, Instant confirmedAt) {
        this.id = id;
        this.supporterId = supporterId;
        this.application = application;
        this.source = source;
        this.shiftId = shiftId;
        this.formLanguage = formLanguage;
        this.secretHash = secretHash;
        this.requestedAt = requestedAt;
        this.expiresAt = expiresAt;
        this.confirmedAt = confirmedAt;
    }

    /**
     * A new request and its link token (for the email only).
     *
     * @param application the checked application, its phone normalized and its campaign resolved
     * @param shiftId     the shift the sign-up form came from, shown on the volunteer's page once confirmed
     * @param formLanguage the language the form was shown in, which the consent's recorded wording is in
     */
    static Issued request(String id, String supporterId, VolunteerApplication application, String source, String shiftId,
            String formLanguage, Instant now, Duration ttl) {
        String secret = LinkSecrets.newSecret();
        Enrolment enrolment = new Enrolment(id, supporterId, application, source, shiftId, formLanguage,
                LinkSecrets.hash(id, secret), now, now.plus(ttl), null);
        return new Issued(enrolment, id + "." + secret);
    }

    /** The confirmation email, saved with the request (outbox). */
    void notify(NotificationRequested request) {
        raise(request);
    }

    /** Whether {@code secret} is this request's, it has not expired and has not been used. */
    boolean opens(String secret, Instant now) {
        return confirmedAt == null && now.isBefore(expiresAt) && LinkSecrets.matches(id, secret, secretHash);
    }

    /** Used: the application moves to the volunteer and is no longer kept here. */
    VolunteerApplication confirm(Instant now) {
        VolunteerApplication confirmed = application;
        confirmedAt = now;
        application = null;
        return confirmed;
    }

    /**
     * Hands, in the same write as the confirmation, the volunteer's details and consent to the supporters service;
     * a request is confirmed once, so it hands them over once.
     */
    void handOver(SupporterContactShared contact) {
        if (confirmedAt == null) {
            throw new IllegalStateException("Enrolment " + id + " is not confirmed");
        }
        raise(contact);
    }

    public String id() {
        return id;
    }

    public String supporterId() {
        return supporterId;
    }

    public String source() {
        return source;
    }

    public String shiftId() {
        return shiftId;
    }

    /** The language the form was shown in; null for requests made before it was kept. */
    public String formLanguage() {
        return formLanguage;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    /** A fresh request and the token of its link, {@code <id>.<secret>}, which only the email carries. */
    record Issued(Enrolment enrolment, String token) {
    }
}
