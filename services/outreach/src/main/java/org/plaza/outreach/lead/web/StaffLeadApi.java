package org.plaza.outreach.lead.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's leads per community, for its organizers. */
@RestController
@RequestMapping("/api/staff/outreach/campaigns/{campaignId}/leads")
class StaffLeadApi {

    private final CampaignLeads leads;

    StaffLeadApi(CampaignLeads leads) {
        this.leads = leads;
    }

    @GetMapping
    CampaignLeads.Leads leads(@PathVariable String campaignId, @RequestParam(required = false) String community) {
        return leads.of(campaignId, community);
    }
}
