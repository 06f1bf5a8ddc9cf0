package org.plaza.petitions.petition.web;

import java.net.URI;
import java.util.List;

import org.plaza.petitions.petition.DeliveryReport;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionService;
import org.plaza.petitions.petition.ResponseReport;
import org.plaza.petitions.tally.LiveCounts;
import org.plaza.petitions.tally.Reconciler;
import org.plaza.starter.security.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/** {@code /api/staff/petitions}: organizers manage the petitions of their campaigns; ADMIN all of them. */
@RestController
@RequestMapping("/api/staff/petitions")
class PetitionStaffApi {

    private final PetitionService petitions;
    private final LiveCounts counts;
    private final Reconciler reconciler;

    PetitionStaffApi(PetitionService petitions, LiveCounts counts, Reconciler reconciler) {
        this.petitions = petitions;
        this.counts = counts;
        this.reconciler = reconciler;
    }

    @PostMapping
    ResponseEntity<PetitionResource> create(@Valid @RequestBody PetitionBodies.Create body, Authentication auth) {
        Petition petition = petitions.create(StaffMember.of(auth), body.campaignId(), body.slug(), body.details());
        return ResponseEntity.created(URI.create("/api/staff/petitions/" + petition.id())).body(resource(petition));
    }

    @GetMapping
    List<PetitionResource> list(@RequestParam(required = false) String campaignId, Authentication auth) {
        return petitions.list(StaffMember.of(auth), campaignId).stream().map(this::resource).toList();
    }

    @GetMapping("/{id}")
    PetitionResource get(@PathVariable String id, Authentication auth) {
        return resource(petitions.get(StaffMember.of(auth), id));
    }

    @PutMapping("/{id}")
    PetitionResource edit(@PathVariable String id, @Valid @RequestBody PetitionBodies.Edit body, Authentication auth) {
        return resource(petitions.edit(StaffMember.of(auth), id, body.details()));
    }

    @PostMapping("/{id}/publish")
    PetitionResource publish(@PathVariable String id, Authentication auth) {
        return resource(petitions.publish(StaffMember.of(auth), id));
    }

    @PostMapping("/{id}/close")
    PetitionResource close(@PathVariable String id, Authentication auth) {
        return resource(petitions.close(StaffMember.of(auth), id));
    }

    @PostMapping("/{id}/deadline")
    PetitionResource extend(@PathVariable String id, @Valid @RequestBody PetitionBodies.Deadline body,
            Authentication auth) {
        return resource(petitions.extendDeadline(StaffMember.of(auth), id, body.closesAt()));
    }

    @PostMapping("/{id}/delivery")
    PetitionResource deliver(@PathVariable String id, @Valid @RequestBody DeliveryReport body,
            Authentication auth) {
        return resource(petitions.recordDelivery(StaffMember.of(auth), id, body.deliveredOn(), body.method(), body.notes()));
    }

    @PostMapping("/{id}/response")
    PetitionResource respond(@PathVariable String id, @Valid @RequestBody ResponseReport body,
            Authentication auth) {
        return resource(petitions.recordResponse(StaffMember.of(auth), id, body.respondedOn(), body.outcome(),
                body.summaryEs(), body.summaryEn()));
    }

    /** Recounts from the signatures and corrects the counters if the petition is quiet. */
    @PostMapping("/{id}/recount")
    @PreAuthorize("hasRole('ADMIN')")
    Reconciler.Result recount(@PathVariable String id, Authentication auth) {
        Petition petition = petitions.get(StaffMember.of(auth), id);
        return reconciler.reconcile(petition.id());
    }

    private PetitionResource resource(Petition petition) {
        return PetitionResource.of(petition, counts.get(petition.id()));
    }
}
