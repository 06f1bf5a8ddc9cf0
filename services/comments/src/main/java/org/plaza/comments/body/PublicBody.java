package org.plaza.comments.body;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A board or council that takes public comments, with the clerk's rules: how long before a meeting
 * comments close and how long one comment may be.
 */
@Document("public_bodies")
public class PublicBody {

    @Id
    private final String id;
    private String name;
    private PublicBodyKind kind;
    private String clerkEmail;
    private String clerkLanguage;
    private String timeZone;
    private String meetingLanguage;
    private Duration deadlineBeforeMeeting;
    private int commentLengthLimit;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    PublicBody(String id, String name, PublicBodyKind kind, String clerkEmail, String clerkLanguage, String timeZone,
            String meetingLanguage, Duration deadlineBeforeMeeting, int commentLengthLimit, Instant createdAt,
            Instant updatedAt) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.clerkEmail = clerkEmail;
        this.clerkLanguage = clerkLanguage;
        this.timeZone = timeZone;
        this.meetingLanguage = meetingLanguage;
        this.deadlineBeforeMeeting = deadlineBeforeMeeting;
        this.commentLengthLimit = commentLengthLimit;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static PublicBody create(String id, PublicBodyRules rules, Instant now) {
        PublicBody body = new PublicBody(id, null, null, null, null, null, null, null, 0, now, now);
        body.apply(rules, now);
        return body;
    }

    void apply(PublicBodyRules rules, Instant now) {
        this.name = rules.name();
        this.kind = rules.kind();
        this.clerkEmail = rules.clerkEmail();
        this.clerkLanguage = rules.clerkLanguage();
        this.timeZone = rules.timeZone();
        this.meetingLanguage = rules.meetingLanguage();
        this.deadlineBeforeMeeting = rules.deadlineBeforeMeeting();
        this.commentLengthLimit = rules.commentLengthLimit();
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PublicBodyKind kind() {
        return kind;
    }

    public String clerkEmail() {
        return clerkEmail;
    }

    public String clerkLanguage() {
        return clerkLanguage;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String timeZone() {
        return timeZone;
    }

    public String meetingLanguage() {
        return meetingLanguage;
    }

    public Duration deadlineBeforeMeeting() {
        return deadlineBeforeMeeting;
    }

    public int commentLengthLimit() {
        return commentLengthLimit;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
