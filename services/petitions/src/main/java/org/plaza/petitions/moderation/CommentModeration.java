package org.plaza.petitions.moderation;

import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionService;
import org.plaza.petitions.signature.PublicComments;
import org.plaza.petitions.signature.Signature;
import org.plaza.petitions.signature.SignatureStatus;
import org.plaza.petitions.signature.Signatures;
import org.plaza.starter.mongo.Retries;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Lets organizers and moderators hide and restore signers' comments (the petition page shows them through
 * {@link PublicComments}, which forgets its cached copy at once). Every moderation is audited with StaffActionAudited.
 */
@Service
public class CommentModeration {

    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final Signatures signatures;
    private final PetitionService petitions;
    private final Clock clock;
    private final PublicComments publicComments;

    CommentModeration(MongoTemplate mongo, Signatures signatures, PetitionService petitions, PublicComments publicComments,
            Clock clock) {
        this.mongo = mongo;
        this.signatures = signatures;
        this.petitions = petitions;
        this.publicComments = publicComments;
        this.clock = clock;
    }

    /** A page of a petition's comments for moderation, newest first; {@code hidden} chooses which. */
    public List<StaffComment> list(StaffMember staff, String petitionId, boolean hidden, int page, int size) {
        petitions.moderatable(staff, petitionId);
        Criteria criteria = withComment(petitionId).and("commentModeration").exists(hidden);
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "submittedAt"))
                .skip((long) Math.max(0, page) * size).limit(size);
        return mongo.find(query, Signature.class).stream()
                .map(s -> new StaffComment(s.id(), s.signer().comment(), s.community(),
                        s.status() == SignatureStatus.VERIFIED, s.commentHidden(), s.commentHiddenReason(),
                        s.submittedAt()))
                .toList();
    }

    public void hide(StaffMember staff, String petitionId, String signatureId, String reason) {
        moderate(staff, petitionId, signatureId, s -> s.hideComment(reason, staff.id(), clock.instant()));
    }

    public void restore(StaffMember staff, String petitionId, String signatureId) {
        moderate(staff, petitionId, signatureId, s -> s.restoreComment(staff.id(), clock.instant()));
    }

    private void moderate(StaffMember staff, String petitionId, String signatureId, Predicate<Signature> change) {
        Petition petition = petitions.moderatable(staff, petitionId);
        Retries.onConflict(ATTEMPTS, () -> {
            Signature signature = signatures.findById(signatureId)
                    .filter(s -> s.petitionId().equals(petition.id()) && s.hasComment())
                    .orElseThrow(() -> PlazaProblem.notFound("comment-not-found", "moderation.problem.not-found"));
            if (change.test(signature)) {
                signatures.save(signature);
                publicComments.forget(petitionId);
            }
        });
    }

    private static Criteria withComment(String petitionId) {
        return Criteria.where("petitionId").is(petitionId).and("signer.comment").ne(null);
    }

}
