package org.plaza.comments.body;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.plaza.starter.security.StaffMember;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A board or council that takes public comments, with the clerk's rules: how long before a meeting
 * comments close and how long one comment may be.
 *
 * <p>A body is shared: any organizer may open drives before it. It is owned by the organizer who added it:
 * only they and administrators may change it, and every change is kept in {@link #changes()} (who, when, the
 * clerk's address before and after). A body added before bodies had owners is changed by administrators only.
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
    private final String createdBy;
    private final List<BodyChange> changes;

    @PersistenceCreator
    PublicBody(String id, String name, PublicBodyKind kind, String clerkEmail, String clerkLanguage, String timeZone,
            String meetingLanguage, Duration deadlineBeforeMeeting, int commentLengthLimit, Instant createdAt,
            Instant updatedAt, String createdBy, List<BodyChange> changes) {
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
        this.createdBy = createdBy;
        this.changes = changes == null ? new ArrayList<>() : new ArrayList<>(changes);
    }

    static PublicBody create(String id, PublicBodyRules rules, String staffId, Instant now) {
        PublicBody body = new PublicBody(id, null, null, null, null, null, null, null, 0, now, now, staffId, List.of());
        body.apply(rules, now);
        body.changes.add(new BodyChange(staffId, now, null, rules.clerkEmail()));
        return body;
    }

    /** Administrators change every body; an organizer only the bodies they added. */
    public boolean changeableBy(StaffMember staff) {
        return staff.isAdmin() || staff.isOrganizer() && createdBy != null && createdBy.equals(staff.id());
    }

    /** Replaces the body's rules and remembers who did it and the clerk's address before and after. */
    void change(PublicBodyRules rules, String staffId, Instant now) {
        changes.add(new BodyChange(staffId, now, clerkEmail, rules.clerkEmail()));
        apply(rules, now);
    }

    private void apply(PublicBodyRules rules, Instant now) {
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

    /** The staff id of the organizer (or admin) who added the body; {@code null} for a body older than owners. */
    public String createdBy() {
        return createdBy;
    }

    /** Every change since the body was added, oldest first. */
    public List<BodyChange> changes() {
        return List.copyOf(changes);
    }

    public List<BodyChange> changesNewestFirst() {
        List<BodyChange> newestFirst = new ArrayList<>(changes);
        Collections.reverse(newestFirst);
        return newestFirst;
    }
}
