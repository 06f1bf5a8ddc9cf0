package org.plaza.petitions.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.plaza.events.identity.StaffActionAudited;
import org.plaza.events.petitions.PetitionClosed;
import org.plaza.events.petitions.PetitionDeadlineExtended;
import org.plaza.events.petitions.PetitionDelivered;
import org.plaza.events.petitions.PetitionPublished;
import org.plaza.events.petitions.PetitionResponded;
import org.plaza.starter.outbox.OutboxAggregate;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A petition: the aggregate decides every lifecycle step (draft → open → closed → delivered, plus
 * deadline extension and the decision-maker's response), checks its invariant and raises the event
 * in the same write as the state change.
 */
@Document("petitions")
public class Petition extends OutboxAggregate {

    /**
     * What every petition id starts with ({@code pet_…}). Slugs are lower-case letters, digits and hyphens,
     * so a path segment with this prefix is an id, never a slug.
     */
    public static final String ID_PREFIX = "pet";

    static final String SERVICE = "petitions";

    @Id
    private String id;
    @Indexed(unique = true)
    private String slug;
    private String campaignId;
    private PetitionDetails details;
    private PetitionStatus status;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;
    private Instant closedAt;
    private PetitionClosed.Reason closeReason;
    private Delivery delivery;
    private Response response;
    private Instant signersAnonymizedAt;
    private List<SignerUpdate> signerUpdates = new ArrayList<>();

    private Petition() {
    }

    static Petition draft(String id, String slug, String campaignId, PetitionDetails details, String staffId,
            Instant now) {
        Petition petition = new Petition();
        petition.id = id;
        petition.slug = slug;
        petition.campaignId = campaignId;
        petition.details = details;
        petition.status = PetitionStatus.DRAFT;
        petition.createdBy = staffId;
        petition.createdAt = now;
        petition.updatedAt = now;
        petition.audit(staffId, "CREATE", now);
        return petition;
    }

    /**
     * A petition that exists only in the warm-up before readiness (starter's {@code org.plaza.starter.warmup}): never
     * stored, published or counted; its slug is the one the warm-up's requests ask for and find nothing.
     */
    public static Petition forWarmUp(Instant now) {
        return draft("pet_plaza-warm-up", "plaza-warm-up", "cmp_plaza-warm-up", new PetitionDetails("Calentamiento",
                "Warm-up", "Texto", "Text", "Nadie", "Nobody", 100, List.of(), List.of("COACHELLA"), null), "plaza",
                now);
    }

    void edit(PetitionDetails newDetails, String staffId, Instant now) {
        requireStatus(PetitionStatus.DRAFT, "petition-not-draft", "petitions.problem.not-draft");
        this.details = newDetails;
        this.updatedAt = now;
        audit(staffId, "UPDATE", now);
    }

    void publish(String staffId, Instant now) {
        requireStatus(PetitionStatus.DRAFT, "petition-not-draft", "petitions.problem.not-draft");
        List<String> missing = details.missingForPublish();
        if (!missing.isEmpty()) {
            PlazaProblem problem = PlazaProblem.conflict("petition-incomplete", "petitions.problem.incomplete");
            missing.forEach(field -> problem.withFieldError(field, "petitions.problem.incomplete.field"));
            throw problem;
        }
        if (details.closesAt() != null && !details.closesAt().isAfter(now)) {
            throw PlazaProblem.conflict("closing-date-passed", "petitions.problem.closing-date-passed")
                    .withFieldError("closesAt", "petitions.problem.closing-date-passed.field");
        }
        this.status = PetitionStatus.OPEN;
        this.publishedAt = now;
        this.updatedAt = now;
        raise(new PetitionPublished(id, campaignId, details.titleEs(), details.titleEn(), details.signatureGoal(),
                details.effectiveMilestones(), details.communities(), details.closesAt(), staffId, now));
        audit(staffId, "PUBLISH", now);
    }

    /** Closes an open petition; {@code staffId} is null when its closing date passed. */
    void close(PetitionClosed.Reason reason, long verifiedSignatures, String staffId, Instant now) {
        requireStatus(PetitionStatus.OPEN, "petition-not-open", "petitions.problem.not-open");
        this.status = PetitionStatus.CLOSED;
        this.closedAt = now;
        this.closeReason = reason;
        this.updatedAt = now;
        raise(new PetitionClosed(id, campaignId, reason, verifiedSignatures, staffId, now));
        if (staffId != null) {
            audit(staffId, "CLOSE", now);
        }
    }

    void extendDeadline(Instant newClosesAt, String staffId, Instant now) {
        requireStatus(PetitionStatus.OPEN, "petition-not-open", "petitions.problem.not-open");
        Instant current = details.closesAt();
        if (newClosesAt == null || !newClosesAt.isAfter(now) || (current != null && !newClosesAt.isAfter(current))) {
            throw PlazaProblem.badRequest("deadline-not-later", "petitions.problem.deadline-not-later")
                    .withFieldError("closesAt", "petitions.problem.deadline-not-later.field");
        }
        this.details = new PetitionDetails(details.titleEs(), details.titleEn(), details.textEs(), details.textEn(),
                details.decisionMakerEs(), details.decisionMakerEn(), details.signatureGoal(), details.milestones(),
                details.communities(), newClosesAt);
        this.updatedAt = now;
        raise(new PetitionDeadlineExtended(id, campaignId, current, newClosesAt, staffId, now));
        audit(staffId, "EXTEND_DEADLINE", now);
    }

    void recordDelivery(LocalDate deliveredOn, DeliveryMethod method, String notes, long verifiedSignatures,
            String staffId, Instant now) {
        requireStatus(PetitionStatus.CLOSED, "petition-not-closed", "petitions.problem.not-closed");
        this.delivery = new Delivery(deliveredOn, method, notes, verifiedSignatures, staffId, now);
        this.status = PetitionStatus.DELIVERED;
        this.updatedAt = now;
        raise(new PetitionDelivered(id, campaignId, deliveredOn, method.name(), verifiedSignatures, staffId, now));
        signerUpdates.add(new SignerUpdate("update-delivered", SignerUpdate.Kind.DELIVERED, now, null));
        audit(staffId, "DELIVER", now);
    }

    void recordResponse(LocalDate respondedOn, ResponseOutcome outcome, String summaryEs, String summaryEn,
            String staffId, Instant now) {
        requireStatus(PetitionStatus.DELIVERED, "petition-not-delivered", "petitions.problem.not-delivered");
        if (response != null) {
            throw PlazaProblem.conflict("response-recorded", "petitions.problem.response-recorded");
        }
        this.response = new Response(respondedOn, outcome, summaryEs, summaryEn, staffId, now);
        this.updatedAt = now;
        raise(new PetitionResponded(id, campaignId, respondedOn, outcome.name(), staffId, now));
        signerUpdates.add(new SignerUpdate("update-responded", SignerUpdate.Kind.RESPONDED, now, null));
        audit(staffId, "RESPOND", now);
    }

    void signerUpdateCompleted(String key, Instant now) {
        signerUpdates.replaceAll(update -> update.key().equals(key) && !update.completed()
                ? new SignerUpdate(update.key(), update.kind(), update.requestedAt(), now) : update);
    }

    void signersAnonymized(Instant now) {
        this.signersAnonymizedAt = now;
    }

    /** Whether a resident may sign now: open, and before its closing date. */
    public boolean acceptsSignatures(Instant now) {
        return status == PetitionStatus.OPEN && (details.closesAt() == null || now.isBefore(details.closesAt()));
    }

    /** Whether residents can see it: anything but a draft. */
    public boolean isPublic() {
        return status != PetitionStatus.DRAFT;
    }

    private void requireStatus(PetitionStatus expected, String type, String messageKey) {
        if (status != expected) {
            throw PlazaProblem.conflict(type, messageKey);
        }
    }

    private void audit(String staffId, String action, Instant now) {
        raise(new StaffActionAudited(staffId, action, "PETITION", id, campaignId, SERVICE, now));
    }

    public String id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String campaignId() {
        return campaignId;
    }

    public PetitionDetails details() {
        return details;
    }

    public PetitionStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public PetitionClosed.Reason closeReason() {
        return closeReason;
    }

    public Delivery delivery() {
        return delivery;
    }

    public Response response() {
        return response;
    }

    public Instant signersAnonymizedAt() {
        return signersAnonymizedAt;
    }

    /** Updates not yet sent to every signer. */
    public List<SignerUpdate> pendingSignerUpdates() {
        return signerUpdates == null ? List.of() : signerUpdates.stream().filter(u -> !u.completed()).toList();
    }

    public String title(String language) {
        return details.title(language);
    }
}
