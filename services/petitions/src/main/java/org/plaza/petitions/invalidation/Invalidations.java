package org.plaza.petitions.invalidation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.bson.Document;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionService;
import org.plaza.petitions.signature.ClientNetwork;
import org.plaza.petitions.signature.Signature;
import org.plaza.petitions.signature.Signatures;
import org.plaza.petitions.tally.Contribution;
import org.plaza.petitions.tally.Tallies;
import org.plaza.starter.id.Ids;
import org.plaza.starter.jobs.JobQueue;
import org.plaza.starter.jobs.PlazaJob;
import org.plaza.starter.mongo.Retries;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.supporter.CanonicalEmail;
import org.plaza.starter.supporter.InvalidEmailException;
import org.plaza.starter.supporter.SupporterIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Invalidates and restores signatures in batches. The request creates the batch (and its audit event) and
 * answers at once; the background job {@code petitions.invalidations} moves each signature in or out of the
 * counts and then announces the batch. Batches a restart interrupted are resumed when the service is ready.
 */
@Service
public class Invalidations {

    private static final Logger log = LoggerFactory.getLogger(Invalidations.class);
    private static final int ATTEMPTS = 5;

    private final InvalidationBatches batches;
    private final Signatures signatures;
    private final PetitionService petitions;
    private final MongoTemplate mongo;
    private final Tallies tallies;
    private final SupporterIds supporterIds;
    private final Clock clock;
    private final JobQueue<Step> steps = new JobQueue<>();

    Invalidations(InvalidationBatches batches, Signatures signatures, PetitionService petitions, MongoTemplate mongo,
            Tallies tallies, SupporterIds supporterIds, Clock clock) {
        this.batches = batches;
        this.signatures = signatures;
        this.petitions = petitions;
        this.mongo = mongo;
        this.tallies = tallies;
        this.supporterIds = supporterIds;
        this.clock = clock;
    }

    /** How many signatures a selection would invalidate now. */
    public long preview(StaffMember staff, String petitionId, SelectionRequest request) {
        Petition petition = petitions.manageable(staff, petitionId);
        return mongo.count(Query.query(selecting(petition.id(), selection(request)).and("invalidation").is(null)),
                "signatures");
    }

    public BatchView invalidate(StaffMember staff, String petitionId, SelectionRequest request) {
        Petition petition = petitions.manageable(staff, petitionId);
        InvalidationBatch batch = batches.insert(InvalidationBatch.start(Ids.random("inv"), petition.id(),
                petition.campaignId(), selection(request), request.reason(), staff.id(), clock.instant()));
        steps.add(new Step(batch.id(), true));
        return BatchView.of(batch);
    }

    public BatchView restore(StaffMember staff, String petitionId, String batchId) {
        InvalidationBatch batch = find(staff, petitionId, batchId);
        batch.startRestore(staff.id(), clock.instant());
        InvalidationBatch saved = batches.save(batch);
        steps.add(new Step(saved.id(), false));
        return BatchView.of(saved);
    }

    public List<BatchView> list(StaffMember staff, String petitionId) {
        Petition petition = petitions.manageable(staff, petitionId);
        return batches.findByPetitionIdOrderByCreatedAtDesc(petition.id()).stream().map(BatchView::of).toList();
    }

    public BatchView batch(StaffMember staff, String petitionId, String batchId) {
        return BatchView.of(find(staff, petitionId, batchId));
    }

    private InvalidationBatch find(StaffMember staff, String petitionId, String batchId) {
        Petition petition = petitions.manageable(staff, petitionId);
        return batches.findById(batchId).filter(b -> b.petitionId().equals(petition.id()))
                .orElseThrow(() -> PlazaProblem.notFound("invalidation-not-found", "invalidation.problem.not-found"));
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        for (InvalidationBatch batch : batches.findByStatusIn(
                EnumSet.of(InvalidationBatch.Status.APPLYING, InvalidationBatch.Status.RESTORING))) {
            log.info("Resuming invalidation batch {} ({})", batch.id(), batch.status());
            steps.add(new Step(batch.id(), batch.status() == InvalidationBatch.Status.APPLYING));
        }
    }

    /** Applying ({@code invalidate} true) or restoring one batch: the work of the job. */
    private record Step(String batchId, boolean invalidate) {
    }

    /** Applies and restores batches one at a time, on a thread of its own. */
    @Bean
    static PlazaJob invalidationsJob(Invalidations invalidations) {
        return invalidations.steps.job("petitions.invalidations", invalidations::perform, (step, e) -> log
                .warn("Invalidation batch {} stopped; it resumes at the next start: {}", step.batchId(), e.toString()));
    }

    private void perform(Step step) {
        if (step.invalidate()) {
            apply(step.batchId());
        } else {
            restoreSignatures(step.batchId());
        }
    }

    void apply(String batchId) {
        InvalidationBatch batch = batches.findById(batchId).orElseThrow();
        Query query = Query.query(selecting(batch.petitionId(), batch.selection()).and("invalidation").is(null));
        for (String signatureId : ids(query)) {
            change(signatureId, signature -> signature.invalidate(batchId, batch.selection().criterion().name(),
                    clock.instant()));
        }
        List<InvalidationBatch.Announced> announced = new ArrayList<>();
        int[] total = { 0 };
        Query members = Query.query(Criteria.where("petitionId").is(batch.petitionId())
                .and("invalidation.batchId").is(batchId));
        members.fields().include("_id", "community", "announced");
        try (Stream<Document> docs = mongo.stream(members, Document.class, "signatures")) {
            docs.forEach(doc -> {
                total[0]++;
                if (Boolean.TRUE.equals(doc.getBoolean("announced"))) {
                    announced.add(new InvalidationBatch.Announced(doc.getString("_id"), doc.getString("community")));
                }
            });
        }
        saveBatch(batchId, b -> b.applied(total[0], announced, clock.instant()));
        log.info("Invalidation batch {} applied to {} signature(s) of petition {}", batchId, total[0],
                batch.petitionId());
    }

    void restoreSignatures(String batchId) {
        InvalidationBatch batch = batches.findById(batchId).orElseThrow();
        Query members = Query.query(Criteria.where("petitionId").is(batch.petitionId())
                .and("invalidation.batchId").is(batchId));
        for (String signatureId : ids(members)) {
            change(signatureId, signature -> signature.restore(batchId, clock.instant())
                    != Signature.Restoration.NOT_IN_BATCH);
        }
        saveBatch(batchId, b -> b.restored(clock.instant()));
        log.info("Invalidation batch {} restored", batchId);
    }

    private void change(String signatureId, Function<Signature, Boolean> step) {
        Retries.onConflict(ATTEMPTS, () -> {
            Signature signature = signatures.findById(signatureId).orElse(null);
            if (signature == null) {
                return;
            }
            Contribution before = signature.contribution();
            if (!step.apply(signature)) {
                return;
            }
            signatures.save(signature);
            try {
                tallies.change(signature.petitionId(), signature.id(), before, signature.contribution());
            } catch (RuntimeException e) {
                log.warn("Counter not updated for signature {}; the reconciler will correct it: {}", signatureId,
                        e.toString());
            }
        });
    }

    private void saveBatch(String batchId, Consumer<InvalidationBatch> step) {
        Retries.onConflict(ATTEMPTS, () -> {
            InvalidationBatch batch = batches.findById(batchId).orElseThrow();
            step.accept(batch);
            batches.save(batch);
        });
    }

    private List<String> ids(Query query) {
        query.fields().include("_id");
        try (Stream<Document> docs = mongo.stream(query, Document.class, "signatures")) {
            return docs.map(doc -> doc.getString("_id")).toList();
        }
    }

    /** Checks a request and turns it into what is stored (never the email address itself). */
    Selection selection(SelectionRequest request) {
        String value = request.value() == null ? null : request.value().strip();
        return switch (request.criterion()) {
            case CANONICAL_EMAIL -> {
                try {
                    yield new Selection(request.criterion(), supporterIds.supporterId(value), null, null, null, null);
                } catch (InvalidEmailException e) {
                    throw invalid("value", "invalidation.value.email");
                }
            }
            case EMAIL_DOMAIN -> {
                try {
                    String canonical = CanonicalEmail.of("x@" + (value == null ? "" : value.replaceFirst("^@", "")))
                            .value();
                    yield new Selection(request.criterion(), null, canonical.substring(canonical.indexOf('@') + 1),
                            null, null, null);
                } catch (InvalidEmailException e) {
                    throw invalid("value", "invalidation.value.domain");
                }
            }
            case CLIENT_ADDRESS_RANGE -> {
                if (ClientNetwork.range(value).isEmpty()) {
                    throw invalid("value", "invalidation.value.range");
                }
                yield new Selection(request.criterion(), null, null, value, null, null);
            }
            case TIME_WINDOW -> {
                if (request.from() == null || request.to() == null || !request.from().isBefore(request.to())) {
                    throw invalid("to", "invalidation.value.window");
                }
                yield new Selection(request.criterion(), null, null, null, request.from(), request.to());
            }
            case FRAUD_FLAG -> new Selection(request.criterion(), null, null, null, null, null);
        };
    }

    private static PlazaProblem invalid(String field, String key) {
        return PlazaProblem.badRequest("validation", "plaza.problem.validation").withFieldError(field, key);
    }

    private static Criteria selecting(String petitionId, Selection selection) {
        Criteria criteria = Criteria.where("petitionId").is(petitionId);
        return switch (selection.criterion()) {
            case CANONICAL_EMAIL -> criteria.and("supporterId").is(selection.supporterId());
            case EMAIL_DOMAIN -> criteria.and("signer.emailDomain").is(selection.domain());
            case CLIENT_ADDRESS_RANGE -> {
                ClientNetwork.KeyRange range = ClientNetwork.range(selection.range()).orElseThrow();
                yield criteria.and("signer.clientKey").gte(range.low()).lte(range.high());
            }
            case TIME_WINDOW -> criteria.and("submittedAt").gte(selection.from()).lt(selection.to());
            case FRAUD_FLAG -> criteria.and("flag").ne(null);
        };
    }
}
