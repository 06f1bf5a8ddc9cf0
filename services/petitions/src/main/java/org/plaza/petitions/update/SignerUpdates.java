package org.plaza.petitions.update;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.bson.Document;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionChanged;
import org.plaza.petitions.petition.PetitionService;
import org.plaza.petitions.petition.Petitions;
import org.plaza.petitions.petition.SignerUpdate;
import org.plaza.petitions.signature.Signature;
import org.plaza.petitions.signature.SignatureStatus;
import org.plaza.petitions.signature.Signatures;
import org.plaza.petitions.signature.SignerMail;
import org.plaza.starter.jobs.JobQueue;
import org.plaza.starter.jobs.PlazaJob;
import org.plaza.starter.mongo.Retries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends a petition's pending {@link SignerUpdate}s: for each verified, counting signer who opted in and
 * has not had this update, the signature records the update key and raises the notification request in
 * the same write (so a signer gets it once). The update is marked complete on the petition at the end.
 * Runs in the background right after the step is saved (the job {@code petitions.signer-updates}), and every few
 * minutes for anything left over (the job {@code petitions.signer-updates-sweep}).
 */
@Service
public class SignerUpdates {

    private static final Logger log = LoggerFactory.getLogger(SignerUpdates.class);
    private static final int ATTEMPTS = 5;

    private final PetitionService petitionService;
    private final Petitions petitions;
    private final Signatures signatures;
    private final MongoTemplate mongo;
    private final SignerMail mail;
    private final MessageSource messages;
    private final MeterRegistry meters;
    private final JobQueue<String> queued = new JobQueue<>();

    SignerUpdates(PetitionService petitionService, Petitions petitions, Signatures signatures, MongoTemplate mongo,
            SignerMail mail, MessageSource messages, MeterRegistry meters) {
        this.petitionService = petitionService;
        this.petitions = petitions;
        this.signatures = signatures;
        this.mongo = mongo;
        this.mail = mail;
        this.messages = messages;
        this.meters = meters;
    }

    @EventListener
    void petitionChanged(PetitionChanged changed) {
        if (changed.step() == PetitionChanged.Step.DELIVERED || changed.step() == PetitionChanged.Step.RESPONDED) {
            queue(changed.petitionId());
        }
    }

    /** The sweep as the job {@code petitions.signer-updates-sweep}: 30 s after start, then every {@code signer-updates.sweep-interval}. */
    @Bean
    static PlazaJob signerUpdatesSweepJob(SignerUpdates signerUpdates,
            @Value("${plaza.petitions.signer-updates.sweep-interval:5m}") Duration interval) {
        return PlazaJob.every("petitions.signer-updates-sweep", interval, signerUpdates::sweep)
                .startingAfter(Duration.ofSeconds(30));
    }

    void sweep() {
        petitionService.withPendingSignerUpdates().forEach(petition -> queue(petition.id()));
    }

    private void queue(String petitionId) {
        queued.add(petitionId);
    }

    /** Sends the updates of the petitions queued, one petition at a time, on a thread of its own. */
    @Bean
    static PlazaJob signerUpdatesJob(SignerUpdates signerUpdates) {
        return signerUpdates.queued.job("petitions.signer-updates", signerUpdates::send, (petitionId, e) -> log
                .warn("Sending updates of petition {} stopped; the sweep resumes it: {}", petitionId, e.toString()));
    }

    /** Sends every pending update of a petition; returns how many notification requests were raised. */
    public int send(String petitionId) {
        Petition petition = petitions.findById(petitionId).orElse(null);
        if (petition == null) {
            return 0;
        }
        int sent = 0;
        for (SignerUpdate update : petition.pendingSignerUpdates()) {
            Query query = Query.query(Criteria.where("petitionId").is(petitionId)
                    .and("status").is(SignatureStatus.VERIFIED.name())
                    .orOperator(Criteria.where("updatesOptIn").is(true), Criteria.where("smsOptIn").is(true))
                    .and("invalidation").is(null).and("flag").is(null).and("anonymizedAt").is(null)
                    .and("updatesSent").ne(update.key()));
            query.fields().include("_id");
            List<String> ids;
            try (Stream<Document> docs = mongo.stream(query, Document.class, "signatures")) {
                ids = docs.map(doc -> doc.getString("_id")).toList();
            }
            for (String signatureId : ids) {
                if (sendOne(petition, update, signatureId)) {
                    sent++;
                }
            }
            petitionService.signerUpdateCompleted(petitionId, update.key());
            log.info("Petition {}: update {} sent to {} signer(s)", petitionId, update.key(), sent);
        }
        return sent;
    }

    private boolean sendOne(Petition petition, SignerUpdate update, String signatureId) {
        return Retries.onConflict(ATTEMPTS, () -> {
            Signature signature = signatures.findById(signatureId).orElse(null);
            if (signature == null || !signature.counts() || !signature.wantsUpdates()) {
                return false;
            }
            if (!signature.sendUpdate(update.key(), request(petition, update, signature))) {
                return false;
            }
            signatures.save(signature);
            meters.counter("plaza.petitions.signer-updates.sent", "kind", update.kind().name()).increment();
            return true;
        });
    }

    private NotificationRequested request(Petition petition, SignerUpdate update, Signature signature) {
        if (update.kind() == SignerUpdate.Kind.RESPONDED) {
            return mail.response(petition, signature, update.key());
        }
        Locale locale = Locale.forLanguageTag(signature.language());
        String language = locale.getLanguage();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(petition.delivery().deliveredOn());
        String method = messages.getMessage("update.delivery.method." + petition.delivery().method().name(), null,
                locale);
        String title = messages.getMessage("update.delivered.title", null, locale);
        String text = messages.getMessage("update.delivered.text", new Object[] {
                petition.delivery().verifiedSignatureCount(), petition.details().decisionMaker(language), date, method },
                locale);
        return mail.update(petition, signature, update.key(), title, text);
    }
}
