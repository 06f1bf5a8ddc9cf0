package org.plaza.outreach.staffing;

import java.time.Instant;

import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/** A volunteer invited to an understaffed shift; the id (shift and volunteer) makes it once per pair. */
@Document("shift_invitations")
class ShiftInvitation extends OutboxAggregate {

    @Id
    private final String id;
    private final String shiftId;
    private final String volunteerId;
    private final Instant invitedAt;

    @PersistenceCreator
    ShiftInvitation(String id, String shiftId, String volunteerId, Instant invitedAt) {
        this.id = id;
        this.shiftId = shiftId;
        this.volunteerId = volunteerId;
        this.invitedAt = invitedAt;
    }

    static ShiftInvitation invite(String shiftId, String volunteerId, NotificationRequested mail, Instant at) {
        ShiftInvitation invitation = new ShiftInvitation(idOf(shiftId, volunteerId), shiftId, volunteerId, at);
        invitation.raise(mail);
        return invitation;
    }

    static String idOf(String shiftId, String volunteerId) {
        return shiftId + "|" + volunteerId;
    }

    String shiftId() {
        return shiftId;
    }

    String volunteerId() {
        return volunteerId;
    }

    Instant invitedAt() {
        return invitedAt;
    }
}
