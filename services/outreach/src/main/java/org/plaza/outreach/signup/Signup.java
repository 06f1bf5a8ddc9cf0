package org.plaza.outreach.signup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.plaza.events.identity.StaffActionAudited;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.ShiftAttended;
import org.plaza.events.outreach.ShiftAttended.CheckIn;
import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.events.outreach.ShiftCancelled.CancelledBy;
import org.plaza.events.outreach.ShiftCancelled.Scope;
import org.plaza.events.outreach.ShiftPromoted;
import org.plaza.events.outreach.ShiftSignedUp;
import org.plaza.events.outreach.ShiftWaitlisted;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.starter.outbox.OutboxAggregate;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One volunteer's sign-up for one shift. Whether it holds a place is decided by the seat ledger; this
 * document follows the ledger's decision and announces it (with the emails it causes) in the same write.
 * While it is active its {@code activeKey} is shift and volunteer, unique, so a volunteer holds at most one
 * active sign-up per shift; when it ends the key becomes its own id.
 */
@Document("signups")
public class Signup extends OutboxAggregate {

    /** Where a sign-up is in its life; REQUESTED and CANCELLING are the short steps around a ledger change. */
    public enum Status {
        REQUESTED, CONFIRMED, WAITLISTED, CANCELLING, CANCELLED, REFUSED;

        public boolean active() {
            return this == REQUESTED || this == CONFIRMED || this == WAITLISTED || this == CANCELLING;
        }
    }

    /** Whether a confirmed volunteer came. */
    public enum Presence {
        ATTENDED, NO_SHOW
    }

    /** A change of the minutes credited for a shift: who, when, why, from what to what. */
    public record HoursCorrection(int fromMinutes, int toMinutes, String reason, String staffId, Instant at) {
    }

    @Id
    private final String id;
    @Indexed
    private final String shiftId;
    @Indexed
    private final String campaignId;
    @Indexed
    private final String volunteerId;
    private final String supporterId;
    private final String role;
    private final String code;
    private final Instant shiftStartsAt;
    private final Instant shiftEndsAt;
    private final Instant requestedAt;
    @Indexed(unique = true)
    private String activeKey;
    private Status status;
    private Instant confirmedAt;
    private Instant waitlistedAt;
    private int waitlistPosition;
    private boolean promoted;
    private CancelledBy cancelledBy;
    private String cancelledByStaffId;
    private Instant cancelledAt;
    private Presence presence;
    private CheckIn checkIn;
    private Instant presenceAt;
    private String presenceStaffId;
    private int minutesServed;
    private int revision;
    private List<HoursCorrection> corrections;
    private boolean handedOver;

    @PersistenceCreator
    Signup(String id, String shiftId, String campaignId, String volunteerId, String supporterId, String role, String code,
            Instant shiftStartsAt, Instant shiftEndsAt, Instant requestedAt, String activeKey, Status status,
            Instant confirmedAt, Instant waitlistedAt, int waitlistPosition, boolean promoted, CancelledBy cancelledBy,
            String cancelledByStaffId, Instant cancelledAt, Presence presence, CheckIn checkIn, Instant presenceAt,
            String presenceStaffId, int minutesServed, int revision, List<HoursCorrection> corrections) {
        this.id = id;
        this.shiftId = shiftId;
        this.campaignId = campaignId;
        this.volunteerId = volunteerId;
        this.supporterId = supporterId;
        this.role = role;
        this.code = code;
        this.shiftStartsAt = shiftStartsAt;
        this.shiftEndsAt = shiftEndsAt;
        this.requestedAt = requestedAt;
        this.activeKey = activeKey;
        this.status = status;
        this.confirmedAt = confirmedAt;
        this.waitlistedAt = waitlistedAt;
        this.waitlistPosition = waitlistPosition;
        this.promoted = promoted;
        this.cancelledBy = cancelledBy;
        this.cancelledByStaffId = cancelledByStaffId;
        this.cancelledAt = cancelledAt;
        this.presence = presence;
        this.checkIn = checkIn;
        this.presenceAt = presenceAt;
        this.presenceStaffId = presenceStaffId;
        this.minutesServed = minutesServed;
        this.revision = revision;
        this.corrections = corrections == null ? new ArrayList<>() : new ArrayList<>(corrections);
    }

    /** A new request for a place, before the ledger has answered. */
    static Signup request(String id, String shiftId, String campaignId, String volunteerId, String supporterId, String role,
            String code, Instant shiftStartsAt, Instant shiftEndsAt, Instant at) {
        return new Signup(id, shiftId, campaignId, volunteerId, supporterId, role, code, shiftStartsAt, shiftEndsAt, at,
                activeKeyOf(shiftId, volunteerId), Status.REQUESTED, null, null, 0, false, null, null, null, null, null,
                null, null, 0, 0, null);
    }

    public static String activeKeyOf(String shiftId, String volunteerId) {
        return shiftId + "|" + volunteerId;
    }

    /** The ledger gave this sign-up a place: announce it and ask for the confirmation and reminders. */
    boolean confirm(int openSpots, List<NotificationRequested> mail, Instant at) {
        if (status != Status.REQUESTED && status != Status.WAITLISTED) {
            return false;
        }
        boolean fromWaitlist = status == Status.WAITLISTED;
        status = Status.CONFIRMED;
        confirmedAt = at;
        promoted = fromWaitlist;
        if (fromWaitlist) {
            raise(new ShiftPromoted(id, shiftId, campaignId, volunteerId, supporterId, openSpots, at));
        } else {
            raise(new ShiftSignedUp(id, shiftId, campaignId, volunteerId, supporterId, role, openSpots, at));
        }
        mail.forEach(this::raise);
        return true;
    }

    /**
     * Hands the volunteer's details to the supporters service, in the same write as the first decision on this
     * sign-up (a place or a spot in line); once, so a promotion later hands nothing over again.
     */
    void handOver(Optional<SupporterContactShared> contact) {
        if (!handedOver && contact.isPresent()) {
            handedOver = true;
            raise(contact.get());
        }
    }

    /** The shift was full and the ledger put this sign-up in line. */
    boolean waitlist(int position, List<NotificationRequested> mail, Instant at) {
        if (status != Status.REQUESTED) {
            return false;
        }
        status = Status.WAITLISTED;
        waitlistedAt = at;
        waitlistPosition = position;
        raise(new ShiftWaitlisted(id, shiftId, campaignId, volunteerId, supporterId, position, at));
        mail.forEach(this::raise);
        return true;
    }

    /** The ledger gave neither a place nor a spot in line (the shift closed or started meanwhile). */
    void refuse(Instant at) {
        status = Status.REFUSED;
        cancelledAt = at;
        activeKey = id;
    }

    /** First step of a cancellation, saved before the ledger is changed so a crash can be completed later. */
    void requestCancel(CancelledBy by, String staffId, Instant now) {
        if (status == Status.CANCELLED || status == Status.CANCELLING) {
            return;
        }
        if (!status.active()) {
            throw PlazaProblem.conflict("signup-not-active", "outreach.problem.signup-not-active");
        }
        if (!now.isBefore(shiftStartsAt)) {
            throw PlazaProblem.conflict("shift-started", "outreach.problem.cancel-started");
        }
        status = Status.CANCELLING;
        cancelledBy = by;
        cancelledByStaffId = staffId;
    }

    /** The ledger no longer holds this sign-up: announce the cancellation (pending reminders are void). */
    boolean cancelled(int openSpots, Instant at) {
        if (status != Status.CANCELLING) {
            return false;
        }
        status = Status.CANCELLED;
        cancelledAt = at;
        activeKey = id;
        raise(new ShiftCancelled(shiftId, campaignId, Scope.SIGN_UP, id, volunteerId, supporterId,
                cancelledBy == null ? CancelledBy.VOLUNTEER : cancelledBy, cancelledByStaffId, openSpots, at));
        return true;
    }

    /** The organizer saw the volunteer at the shift; they are credited the shift's length. */
    public void checkIn(CheckIn how, int minutes, String staffId, Instant at) {
        if (status != Status.CONFIRMED) {
            throw PlazaProblem.conflict("signup-not-confirmed", "outreach.problem.not-confirmed");
        }
        if (presence == Presence.ATTENDED) {
            return;
        }
        presence = Presence.ATTENDED;
        checkIn = how;
        presenceAt = at;
        presenceStaffId = staffId;
        minutesServed = minutes;
        revision++;
        raise(new ShiftAttended(id, shiftId, campaignId, volunteerId, supporterId, how, minutes, revision, staffId, at));
    }

    /** The volunteer did not come. */
    public void markNoShow(String staffId, Instant at) {
        if (status != Status.CONFIRMED) {
            throw PlazaProblem.conflict("signup-not-confirmed", "outreach.problem.not-confirmed");
        }
        if (presence == Presence.ATTENDED) {
            throw PlazaProblem.conflict("already-checked-in", "outreach.problem.already-checked-in");
        }
        presence = Presence.NO_SHOW;
        presenceAt = at;
        presenceStaffId = staffId;
    }

    /** Corrects the minutes credited; the correction is kept and announced, and audited. */
    public void correctMinutes(int minutes, String reason, String staffId, Instant at) {
        if (presence != Presence.ATTENDED) {
            throw PlazaProblem.conflict("not-checked-in", "outreach.problem.not-checked-in");
        }
        corrections.add(new HoursCorrection(minutesServed, minutes, reason, staffId, at));
        minutesServed = minutes;
        revision++;
        raise(new ShiftAttended(id, shiftId, campaignId, volunteerId, supporterId, checkIn, minutes, revision, staffId, at));
        raise(new StaffActionAudited(staffId, "UPDATE", "VOLUNTEER_HOURS", id, campaignId, "outreach", at));
    }

    public String id() {
        return id;
    }

    public String shiftId() {
        return shiftId;
    }

    public String campaignId() {
        return campaignId;
    }

    public String volunteerId() {
        return volunteerId;
    }

    public String supporterId() {
        return supporterId;
    }

    public String role() {
        return role;
    }

    public String code() {
        return code;
    }

    public Instant shiftStartsAt() {
        return shiftStartsAt;
    }

    public Instant shiftEndsAt() {
        return shiftEndsAt;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Status status() {
        return status;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public int waitlistPosition() {
        return waitlistPosition;
    }

    public boolean promoted() {
        return promoted;
    }

    public CancelledBy cancelledBy() {
        return cancelledBy;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Presence presence() {
        return presence;
    }

    public CheckIn checkIn() {
        return checkIn;
    }

    public Instant presenceAt() {
        return presenceAt;
    }

    public int minutesServed() {
        return minutesServed;
    }

    public int revision() {
        return revision;
    }

    public List<HoursCorrection> corrections() {
        return List.copyOf(corrections);
    }
}
