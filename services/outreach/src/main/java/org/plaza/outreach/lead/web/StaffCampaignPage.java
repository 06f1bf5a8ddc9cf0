package org.plaza.outreach.lead.web;

import java.util.Locale;

import org.plaza.outreach.access.Campaigns;
import org.plaza.outreach.attendance.HoursTotals;
import org.plaza.outreach.shift.ShiftService;
import org.plaza.outreach.shift.ShiftViews;
import org.plaza.outreach.support.Communities;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A campaign's outreach on one page for its organizers: shifts (with their rosters), hours and leads. */
@Controller
class StaffCampaignPage {

    private final CampaignLeads leads;
    private final ShiftService shifts;
    private final ShiftViews views;
    private final HoursTotals hours;
    private final Campaigns campaigns;
    private final Communities communities;

    StaffCampaignPage(CampaignLeads leads, ShiftService shifts, ShiftViews views, HoursTotals hours, Campaigns campaigns,
            Communities communities) {
        this.leads = leads;
        this.shifts = shifts;
        this.views = views;
        this.hours = hours;
        this.campaigns = campaigns;
        this.communities = communities;
    }

    @GetMapping("/staff/outreach/campaigns/{campaignId}")
    String campaign(@PathVariable String campaignId, @RequestParam(required = false) String community, Locale locale,
            Model model) {
        CampaignLeads.Leads found = leads.of(campaignId, community);
        model.addAttribute("campaignTitle", campaigns.findById(campaignId).map(c -> c.title(locale)).orElse(campaignId));
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("shifts", shifts.ofCampaign(campaignId).stream().map(s -> views.view(s, locale)).toList());
        model.addAttribute("hours", hours.ofCampaign(campaignId));
        model.addAttribute("leads", found);
        model.addAttribute("communities", communities.all());
        model.addAttribute("community", community);
        return "staff/campaign";
    }
}
