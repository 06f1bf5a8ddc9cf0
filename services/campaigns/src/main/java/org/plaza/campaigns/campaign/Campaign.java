package org.plaza.campaigns.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.plaza.events.campaigns.CampaignClosed;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.starter.outbox.OutboxAggregate;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A campaign and its team. It decides its own lifecycle (draft → launched → closed): a launch needs
 * every text in both languages, and each change after launch is announced through the outbox.
 */
@Document("campaigns")
public class Campaign extends OutboxAggregate {

    @Id
    private String id;

    @Indexed
    private String slug;

    private CampaignDetails details;

    private List<String> team = new ArrayList<>();

    @Indexed
    private CampaignStatus status;

    private String createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant launchedAt;

    private Instant closedAt;

    Campaign() {
    }

    static Campaign draft(String id, CampaignDetails details, List<String> team, String staffId, Instant now) {
        Campaign campaign = new Campaign();
        campaign.id = id;
        campaign.details = details;
        campaign.team = List.copyOf(team);
        campaign.status = CampaignStatus.DRAFT;
        campaign.createdBy = staffId;
        campaign.createdAt = now;
        campaign.updatedAt = now;
        return campaign;
    }

    /** Replaces what the organizers wrote; once launched, the campaign must stay complete and the change is announced. */
    void revise(CampaignDetails revised, String staffId, Instant now) {
        if (status == CampaignStatus.CLOSED) {
            throw PlazaProblem.conflict("campaign-closed", "campaigns.problem.closed");
        }
        if (status == CampaignStatus.LAUNCHED) {
            requireComplete(revised, "campaigns.problem.incomplete-update");
        }
        details = revised;
        updatedAt = now;
        if (status == CampaignStatus.LAUNCHED) {
            raise(new CampaignUpdated(id, details.title().es(), details.title().en(), details.issueArea(),
                    details.communities(), details.startsOn(), details.endsOn(), staffId, now));
        }
    }

    void launch(String assignedSlug, String staffId, Instant now) {
        if (status != CampaignStatus.DRAFT) {
            throw PlazaProblem.conflict("campaign-not-draft", "campaigns.problem.not-draft");
        }
        requireComplete(details, "campaigns.problem.incomplete");
        status = CampaignStatus.LAUNCHED;
        slug = assignedSlug;
        launchedAt = now;
        updatedAt = now;
        raise(new CampaignLaunched(id, details.title().es(), details.title().en(), details.issueArea(),
                details.communities(), details.startsOn(), details.endsOn(), team, staffId, now));
    }

    void close(String staffId, Instant now) {
        if (status != CampaignStatus.LAUNCHED) {
            throw PlazaProblem.conflict("campaign-not-launched", "campaigns.problem.not-launched");
        }
        status = CampaignStatus.CLOSED;
        closedAt = now;
        updatedAt = now;
        raise(new CampaignClosed(id, staffId, now));
    }

    /** Replaces the team; other services learn of it once the campaign is launched. Returns false if nothing changed. */
    boolean changeTeam(List<String> newTeam, String staffId, Instant now) {
        List<String> replacement = List.copyOf(new LinkedHashSet<>(newTeam));
        if (replacement.isEmpty()) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("organizerStaffIds", "campaigns.field.team.empty");
        }
        if (new LinkedHashSet<>(replacement).equals(new LinkedHashSet<>(team))) {
            return false;
        }
        List<String> added = replacement.stream().filter(s -> !team.contains(s)).toList();
        List<String> removed = team.stream().filter(s -> !replacement.contains(s)).toList();
        team = replacement;
        updatedAt = now;
        if (status != CampaignStatus.DRAFT) {
            raise(new CampaignTeamChanged(id, team, added, removed, staffId, now));
        }
        return true;
    }

    /** What the campaign still needs before it can launch, as field paths. */
    public List<String> missingForLaunch() {
        return missingForLaunch(details);
    }

    private List<String> missingForLaunch(CampaignDetails candidate) {
        List<String> missing = new ArrayList<>(candidate.missingForLaunch());
        if (team.isEmpty()) {
            missing.add("organizerStaffIds");
        }
        return missing;
    }

    private void requireComplete(CampaignDetails candidate, String messageKey) {
        List<String> missing = missingForLaunch(candidate);
        if (!missing.isEmpty()) {
            PlazaProblem problem = PlazaProblem.conflict("campaign-incomplete", messageKey);
            missing.forEach(field -> problem.withFieldError(field, "campaigns.missing." + field));
            throw problem;
        }
    }

    public String id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public CampaignDetails details() {
        return details;
    }

    public List<String> team() {
        return List.copyOf(team);
    }

    public CampaignStatus status() {
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

    public Instant launchedAt() {
        return launchedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
