package org.plaza.campaigns.campaign.web;

import java.net.URI;
import java.util.List;

import org.plaza.campaigns.campaign.Campaign;
import org.plaza.campaigns.campaign.CampaignService;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organizers' JSON API: {@code /api/staff/campaigns}. */
@RestController
@RequestMapping("/api/staff/campaigns")
class StaffCampaignApi {

    private final CampaignService campaigns;

    StaffCampaignApi(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping
    ResponseEntity<CampaignResponse> create(@RequestBody CampaignRequest request, Authentication auth) {
        Campaign campaign = campaigns.create(request.details(), request.organizerStaffIds(), StaffMember.of(auth));
        return ResponseEntity.created(URI.create("/api/staff/campaigns/" + campaign.id()))
                .body(CampaignResponse.of(campaign));
    }

    @GetMapping
    List<CampaignResponse> list(Authentication auth) {
        return campaigns.manageable(StaffMember.of(auth)).stream().map(CampaignResponse::of).toList();
    }

    @GetMapping("/{id}")
    CampaignResponse get(@PathVariable String id, Authentication auth) {
        return CampaignResponse.of(campaigns.get(id, StaffMember.of(auth)));
    }

    @PutMapping("/{id}")
    CampaignResponse revise(@PathVariable String id, @RequestBody CampaignRequest request, Authentication auth) {
        if (request.organizerStaffIds() != null) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("organizerStaffIds", "campaigns.field.team.separate");
        }
        return CampaignResponse.of(campaigns.revise(id, request.details(), StaffMember.of(auth)));
    }

    @PutMapping("/{id}/team")
    CampaignResponse changeTeam(@PathVariable String id, @Validated @RequestBody TeamRequest request,
            Authentication auth) {
        return CampaignResponse.of(campaigns.changeTeam(id, request.organizerStaffIds(), StaffMember.of(auth)));
    }

    @PostMapping("/{id}/launch")
    CampaignResponse launch(@PathVariable String id, Authentication auth) {
        return CampaignResponse.of(campaigns.launch(id, StaffMember.of(auth)));
    }

    @PostMapping("/{id}/close")
    CampaignResponse close(@PathVariable String id, Authentication auth) {
        return CampaignResponse.of(campaigns.close(id, StaffMember.of(auth)));
    }
}
