package org.plaza.petitions.petition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.plaza.events.petitions.PetitionClosed;
import org.plaza.petitions.campaign.CampaignDirectory;
import org.plaza.petitions.tally.LiveCounts;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.access.CampaignTeam;
import org.plaza.starter.id.Ids;
import org.plaza.starter.jobs.PlazaJob;
import org.plaza.starter.mongo.Retries;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.vocabulary.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** The organizer's commands on petitions: each loads the aggregate, lets it decide, and saves it with its events. */
@Service
public class PetitionService {

    private static final Logger log = LoggerFactory.getLogger(PetitionService.class);
    private static final int ATTEMPTS = 5;

    private final Petitions petitions;
    private final PetitionCatalog catalog;
    private final CampaignAccess access;
    private final CampaignDirectory campaigns;
    private final Vocabulary vocabulary;
    private final LiveCounts counts;
    private final ApplicationEventPublisher localEvents;
    private final Clock clock;

    PetitionService(Petitions petitions, PetitionCatalog catalog, CampaignAccess access, CampaignDirectory campaigns,
            Vocabulary vocabulary, LiveCounts counts, ApplicationEventPublisher localEvents, Clock clock) {
        this.petitions = petitions;
        this.catalog = catalog;
        this.access = access;
        this.campaigns = campaigns;
        this.vocabulary = vocabulary;
        this.counts = counts;
        this.localEvents = localEvents;
        this.clock = clock;
    }

    public Petition create(StaffMember staff, String campaignId, String slug, PetitionDetails details) {
        campaigns.requireOpenForNewPetition(staff, campaignId);
        checkCommunities(details);
        String id = Ids.random(Petition.ID_PREFIX);
        boolean chosen = slug != null && !slug.isBlank();
        String base = chosen ? slug : Slugs.fromTitle(details.titleEs() != null ? details.titleEs() : details.titleEn());
        if (base.length() < 3) {
            base = "peticion-" + id.substring(4, 10);
        }
        String candidate = base;
        for (int attempt = 0;; attempt++) {
            try {
                return petitions.insert(Petition.draft(id, candidate, campaignId, details, staff.id(), clock.instant()));
            } catch (DuplicateKeyException taken) {
                if (chosen || attempt >= ATTEMPTS) {
                    throw PlazaProblem.conflict("slug-taken", "petitions.problem.slug-taken")
                            .withFieldError("slug", "petitions.problem.slug-taken.field");
                }
                candidate = base + "-" + Ids.randomBase32(4);
            }
        }
    }

    public Petition edit(StaffMember staff, String petitionId, PetitionDetails details) {
        checkCommunities(details);
        return change(staff, petitionId, petition -> petition.edit(details, staff.id(), clock.instant()), null);
    }

    public Petition publish(StaffMember staff, String petitionId) {
        return change(staff, petitionId, petition -> petition.publish(staff.id(), clock.instant()),
                PetitionChanged.Step.PUBLISHED);
    }

    public Petition close(StaffMember staff, String petitionId) {
        return change(staff, petitionId, petition -> petition.close(PetitionClosed.Reason.CLOSED_BY_ORGANIZER,
                counts.fresh(petition.id()).verified(), staff.id(), clock.instant()), PetitionChanged.Step.CLOSED);
    }

    public Petition extendDeadline(StaffMember staff, String petitionId, Instant closesAt) {
        return change(staff, petitionId, petition -> petition.extendDeadline(closesAt, staff.id(), clock.instant()),
                PetitionChanged.Step.DEADLINE_EXTENDED);
    }

    public Petition recordDelivery(StaffMember staff, String petitionId, LocalDate deliveredOn, DeliveryMethod method,
            String notes) {
        return change(staff, petitionId, petition -> petition.recordDelivery(deliveredOn, method, notes,
                counts.fresh(petition.id()).verified(), staff.id(), clock.instant()), PetitionChanged.Step.DELIVERED);
    }

    public Petition recordResponse(StaffMember staff, String petitionId, LocalDate respondedOn, ResponseOutcome outcome,
            String summaryEs, String summaryEn) {
        return change(staff, petitionId, petition -> petition.recordResponse(respondedOn, outcome, summaryEs,
                summaryEn, staff.id(), clock.instant()), PetitionChanged.Step.RESPONDED);
    }

    /** A petition the staff member may read, or 404/403. */
    public Petition get(StaffMember staff, String petitionId) {
        Petition petition = find(petitionId);
        access.requireRead(staff, petition.campaignId());
        return petition;
    }

    /** A petition the staff member may manage, or 404/403. */
    public Petition manageable(StaffMember staff, String petitionId) {
        Petition petition = find(petitionId);
        access.requireManage(staff, petition.campaignId());
        return petition;
    }

    /** A petition whose comments the staff member may moderate, or 404/403. */
    public Petition moderatable(StaffMember staff, String petitionId) {
        Petition petition = find(petitionId);
        access.requireModerate(staff, petition.campaignId());
        return petition;
    }

    /** The petitions a staff member may see, newest first, optionally of one campaign. */
    public List<Petition> list(StaffMember staff, String campaignId) {
        List<Petition> visible;
        if (access.readsEverything(staff)) {
            visible = petitions.findAllByOrderByCreatedAtDesc();
        } else {
            List<String> mine = access.managedCampaigns(staff).stream().map(CampaignTeam::campaignId).toList();
            visible = mine.isEmpty() ? List.of() : petitions.findByCampaignIdInOrderByCreatedAtDesc(mine);
        }
        return campaignId == null ? visible
                : visible.stream().filter(petition -> petition.campaignId().equals(campaignId)).toList();
    }

    /** Closes every open petition whose closing date has passed; returns how many it closed. */
    public int closeDue(Instant now) {
        int closed = 0;
        for (Petition candidate : petitions.findByStatus(PetitionStatus.OPEN)) {
            Instant closesAt = candidate.details().closesAt();
            if (closesAt != null && !closesAt.isAfter(now)) {
                try {
                    save(candidate.id(), petition -> {
                        if (petition.status() == PetitionStatus.OPEN) {
                            petition.close(PetitionClosed.Reason.DEADLINE_PASSED,
                                    counts.fresh(petition.id()).verified(), null, now);
                        }
                    }, PetitionChanged.Step.CLOSED);
                    closed++;
                } catch (RuntimeException e) {
                    log.warn("Could not close petition {} at its closing date: {}", candidate.id(), e.toString());
                }
            }
        }
        return closed;
    }

    /** Deadline closing as the job {@code petitions.deadline-closing}: 5 s after start, then every {@code deadline-check-interval}. */
    @Bean
    static PlazaJob deadlineClosingJob(PetitionService petitionService,
            @Value("${plaza.petitions.deadline-check-interval:30s}") Duration interval) {
        return PlazaJob.every("petitions.deadline-closing", interval, petitionService::closePetitionsPastTheirDate)
                .startingAfter(Duration.ofSeconds(5));
    }

    void closePetitionsPastTheirDate() {
        closeDue(clock.instant());
    }

    public void signerUpdateCompleted(String petitionId, String key) {
        save(petitionId, petition -> petition.signerUpdateCompleted(key, clock.instant()), null);
    }

    /** Petitions with news not yet sent to every signer. */
    public List<Petition> withPendingSignerUpdates() {
        return petitions.findByStatus(PetitionStatus.DELIVERED).stream()
                .filter(petition -> !petition.pendingSignerUpdates().isEmpty()).toList();
    }

    public void signersAnonymized(String petitionId, Instant now) {
        save(petitionId, petition -> petition.signersAnonymized(now), null);
    }

    private Petition change(StaffMember staff, String petitionId, Consumer<Petition> step, PetitionChanged.Step changed) {
        manageable(staff, petitionId);
        return save(petitionId, step, changed);
    }

    private Petition save(String petitionId, Consumer<Petition> step, PetitionChanged.Step changed) {
        return Retries.onConflict(ATTEMPTS, () -> {
            Petition petition = find(petitionId);
            step.accept(petition);
            Petition saved = petitions.save(petition);
            catalog.evict(saved);
            if (changed != null) {
                localEvents.publishEvent(new PetitionChanged(saved.id(), changed));
            }
            return saved;
        });
    }

    private Petition find(String petitionId) {
        return petitions.findById(petitionId)
                .orElseThrow(() -> PlazaProblem.notFound("petition-not-found", "petitions.problem.not-found"));
    }

    private void checkCommunities(PetitionDetails details) {
        vocabulary.requireCommunities("communities", details.communities());
    }
}
