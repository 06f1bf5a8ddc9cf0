package org.plaza.outreach.lead.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plaza.outreach.lead.Lead;
import org.plaza.outreach.lead.LeadService;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.starter.access.CampaignAccess;
import org.springframework.stereotype.Component;

/**
 * A campaign's leads as organizers may see them: an open lead is a label, a community, a language and
 * where it came from; the person's name and contact details appear only once they have signed up.
 */
@Component
class CampaignLeads {

    private final LeadService leads;
    private final Volunteers volunteers;
    private final CampaignAccess access;

    CampaignLeads(LeadService leads, Volunteers volunteers, CampaignAccess access) {
        this.leads = leads;
        this.volunteers = volunteers;
        this.access = access;
    }

    /** A lead's volunteer profile, once they signed up. */
    record SignedUp(String volunteerId, String name, String email, String phone) {
    }

    record LeadView(String label, String community, String language, List<String> sources, Instant firstSeenAt,
            Instant lastSeenAt, String status, SignedUp volunteer) {
    }

    record Leads(String campaignId, String community, List<LeadService.CommunityCount> counts, List<LeadView> leads) {
    }

    Leads of(String campaignId, String community) {
        access.requireManage(campaignId);
        List<Lead> found = leads.ofCampaign(campaignId, community);
        Map<String, Volunteer> people = volunteers.findAllById(found.stream().filter(Lead::converted).map(Lead::volunteerId).toList())
                .stream().collect(Collectors.toMap(Volunteer::id, Function.identity()));
        List<LeadView> views = found.stream().map(lead -> {
            Volunteer v = lead.converted() ? people.get(lead.volunteerId()) : null;
            return new LeadView(lead.label(), lead.community(), lead.language(), lead.sources(), lead.firstSeenAt(),
                    lead.lastSeenAt(), lead.converted() ? "VOLUNTEER" : "OPEN",
                    v == null ? null : new SignedUp(v.id(), v.name(), v.email(), v.phone()));
        }).toList();
        return new Leads(campaignId, community, leads.countsByCommunity(found), views);
    }
}
