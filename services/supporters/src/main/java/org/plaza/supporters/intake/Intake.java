package org.plaza.supporters.intake;

import java.util.List;

import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.outreach.ShiftAttended;
import org.plaza.events.outreach.ShiftSignedUp;
import org.plaza.events.outreach.TrainingCompleted;
import org.plaza.events.outreach.VolunteerRegistered;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.supporters.erasure.Erasing;
import org.plaza.supporters.supporter.Action;
import org.plaza.supporters.supporter.ActionKind;
import org.plaza.supporters.supporter.Consent;
import org.plaza.supporters.supporter.ContactDetails;
import org.plaza.supporters.supporter.SupporterStore;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records what other services tell about a person. A hand-over is applied once per {@code shareId}; an action once
 * per kind and item; facts may arrive in any order and again (replays), and the record ends the same. A fact from
 * before the person's erasure (a late hand-over, a replayed event) is dropped, so it never brings them back; a new
 * action after the erasure starts a new, fresh record.
 */
@Service
public class Intake {

    private final SupporterStore store;
    private final Erasing erasing;
    private final MeterRegistry meters;

    public Intake(SupporterStore store, Erasing erasing, MeterRegistry meters) {
        this.store = store;
        this.erasing = erasing;
        this.meters = meters;
    }

    public void contactShared(SupporterContactShared share) {
        if (share.supporterId() == null || share.shareId() == null) {
            meters.counter("plaza.supporters.intake", "kind", "contact", "outcome", "incomplete").increment();
            return;
        }
        if (erasing.covers(share.supporterId(), share.sharedAt())) {
            meters.counter("plaza.supporters.intake", "kind", "contact", "outcome", "erased").increment();
            return;
        }
        ContactDetails details = new ContactDetails(share.email(), share.displayName(), share.phone(), share.locale(),
                share.community(), share.sharedAt());
        List<Consent> consents = share.consents() == null ? List.of() : share.consents().stream()
                .filter(c -> c.channel() != null && c.category() != null)
                .map(c -> new Consent(c.channel(), c.category(), c.granted(), c.wording(), share.source(),
                        share.sourceService(), share.itemId(), null, null, share.shareId(), share.sharedAt()))
                .toList();
        ActionKind kind = ActionKind.ofShareSource(share.source());
        Action action = kind == null || (share.itemId() == null && share.campaignId() == null) ? null
                : Action.of(kind, share.campaignId(), share.itemId(), share.sourceService(), share.sharedAt());
        store.change(share.supporterId(), true, (supporter, now) -> supporter.share(share.shareId(), details, consents,
                action, now));
        meters.counter("plaza.supporters.intake", "kind", "contact", "outcome", "recorded").increment();
    }

    public void signatureVerified(SignatureVerified e) {
        act(e.supporterId(), Action.of(ActionKind.SIGNED, e.campaignId(), e.petitionId(), "petitions", e.verifiedAt()),
                e.community(), e.language());
    }

    public void commentSubmitted(CommentSubmitted e) {
        act(e.supporterId(), Action.of(ActionKind.COMMENTED, e.campaignId(), e.driveId(), "comments", e.submittedAt()),
                e.community(), e.language());
    }

    public void volunteerRegistered(VolunteerRegistered e) {
        String language = e.languages() == null || e.languages().isEmpty() ? null : e.languages().get(0);
        act(e.supporterId(), Action.of(ActionKind.VOLUNTEERED, e.campaignId(), e.volunteerId(), "outreach",
                e.registeredAt()), e.community(), language);
    }

    public void shiftSignedUp(ShiftSignedUp e) {
        act(e.supporterId(), Action.of(ActionKind.SIGNED_UP, e.campaignId(), e.shiftId(), "outreach", e.signedUpAt()),
                null, null);
    }

    public void shiftAttended(ShiftAttended e) {
        act(e.supporterId(), Action.of(ActionKind.ATTENDED, e.campaignId(), e.shiftId(), "outreach", e.recordedAt()),
                null, null);
    }

    public void trainingCompleted(TrainingCompleted e) {
        act(e.supporterId(), Action.of(ActionKind.TRAINED, e.campaignId(), e.trainingId(), "outreach", e.completedAt()),
                null, null);
    }

    private void act(String supporterId, Action action, String community, String language) {
        if (supporterId == null) {
            return;
        }
        if (erasing.covers(supporterId, action.at())) {
            meters.counter("plaza.supporters.intake", "kind", action.kind().name(), "outcome", "erased").increment();
            return;
        }
        store.change(supporterId, true, (supporter, now) -> supporter.record(action, community, language, now));
        meters.counter("plaza.supporters.intake", "kind", action.kind().name(), "outcome", "recorded").increment();
    }
}
