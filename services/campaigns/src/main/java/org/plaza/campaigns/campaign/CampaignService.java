package org.plaza.campaigns.campaign;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.id.Ids;
import org.plaza.starter.mongo.Retries;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.validation.SingleLine;
import org.plaza.starter.validation.SingleLineCheck;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What organizers do with campaigns: create, revise, change the team, launch and close. Who may manage a
 * campaign is the starter's {@link CampaignAccess} over this service's own teams ({@link TeamsOfRecord}), the
 * same decision every service makes; this service checks that what was written is valid, and the campaign
 * itself decides whether its lifecycle allows the change.
 */
@Service
public class CampaignService {

    static final int TITLE_MAX = 120;
    static final int SUMMARY_MAX = 400;
    static final int STORY_MAX = 10_000;
    static final int TEAM_MAX = 50;
    static final int STAFF_ID_MAX = 100;
    private static final int SAVE_ATTEMPTS = 3;

    private final Campaigns campaigns;
    private final CampaignSlugs slugs;
    private final Vocabulary vocabulary;
    private final Clock clock;
    private final MeterRegistry meters;
    private final CampaignAccess access;

    CampaignService(Campaigns campaigns, CampaignSlugs slugs, Vocabulary vocabulary, Clock clock,
            MeterRegistry meters, CampaignAccess access) {
        this.access = access;
        this.campaigns = campaigns;
        this.slugs = slugs;
        this.vocabulary = vocabulary;
        this.clock = clock;
        this.meters = meters;
    }

    /** Starts a draft; an organizer who creates a campaign is on its team. */
    public Campaign create(CampaignDetails details, List<String> organizerStaffIds, StaffMember staff) {
        List<String> team = new ArrayList<>();
        if (!staff.isAdmin()) {
            team.add(staff.id());
        }
        team.addAll(organizerStaffIds == null ? List.of() : organizerStaffIds);
        FieldErrors errors = new FieldErrors();
        if (details.title().hasNoLanguage()) {
            errors.add("title.es", "campaigns.field.title.one-language");
        }
        validate(details, errors);
        List<String> cleanTeam = cleanTeam(team, errors);
        errors.throwIfAny();
        Campaign campaign = Campaign.draft(Ids.random("cmp"), details, cleanTeam, staff.id(), clock.instant());
        Campaign saved = campaigns.save(campaign);
        count("created");
        return saved;
    }

    public Campaign get(String id, StaffMember staff) {
        Campaign campaign = campaigns.findById(id)
                .orElseThrow(() -> PlazaProblem.notFound("campaign-not-found", "campaigns.problem.not-found"));
        access.requireManage(staff, id);
        return campaign;
    }

    /** The campaigns this staff member may manage, most recently changed first. */
    public List<Campaign> manageable(StaffMember staff) {
        List<Campaign> candidates = staff.isAdmin() ? campaigns.findAllByOrderByUpdatedAtDesc()
                : campaigns.findByTeamContainingOrderByUpdatedAtDesc(staff.id());
        return candidates.stream().filter(campaign -> access.mayManage(staff, campaign.id())).toList();
    }

    public Campaign revise(String id, CampaignDetails details, StaffMember staff) {
        FieldErrors errors = new FieldErrors();
        validate(details, errors);
        errors.throwIfAny();
        return change(id, staff, "revised", c -> c.revise(details, staff.id(), clock.instant()));
    }

    public Campaign changeTeam(String id, List<String> organizerStaffIds, StaffMember staff) {
        FieldErrors errors = new FieldErrors();
        List<String> team = cleanTeam(organizerStaffIds, errors);
        errors.throwIfAny();
        return change(id, staff, "team-changed", c -> c.changeTeam(team, staff.id(), clock.instant()));
    }

    public Campaign launch(String id, StaffMember staff) {
        return change(id, staff, "launched", c -> {
            if (c.status() == CampaignStatus.DRAFT && c.missingForLaunch().isEmpty()) {
                String slug = slugs.claim(c.id(), c.details().title().es());
                c.launch(slug, staff.id(), clock.instant());
            } else {
                c.launch(null, staff.id(), clock.instant());
            }
        });
    }

    public Campaign close(String id, StaffMember staff) {
        return change(id, staff, "closed", c -> c.close(staff.id(), clock.instant()));
    }

    private Campaign change(String id, StaffMember staff, String outcome, Consumer<Campaign> change) {
        return Retries.onConflict(SAVE_ATTEMPTS, () -> {
            Campaign campaign = get(id, staff);
            change.accept(campaign);
            Campaign saved = campaigns.save(campaign);
            count(outcome);
            return saved;
        }, keptChanging -> {
            throw PlazaProblem.conflict("campaign-changed", "campaigns.problem.concurrent");
        });
    }

    /**
     * Checks lengths, the title on one line (the starter's {@link SingleLine}), the issue area and community codes (the
     * platform vocabulary) and dates; each problem is a field error.
     */
    private void validate(CampaignDetails details, FieldErrors errors) {
        tooLong(errors, "title", details.title(), TITLE_MAX);
        singleLine(errors, "title", details.title());
        tooLong(errors, "summary", details.summary(), SUMMARY_MAX);
        tooLong(errors, "story", details.story(), STORY_MAX);
        if (details.issueArea() != null && !vocabulary.isIssueArea(details.issueArea())) {
            errors.add("issueArea", Vocabulary.Kind.ISSUE_AREA.unknownMessageKey());
        }
        if (details.communities().stream().anyMatch(code -> !vocabulary.isCommunity(code))) {
            errors.add("communities", Vocabulary.Kind.COMMUNITY.unknownMessageKey());
        }
        if (details.startsOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
            errors.add("endsOn", "campaigns.field.ends-before-start");
        }
    }

    /** Trimmed, distinct staff ids in the order given; blanks are dropped. */
    private static List<String> cleanTeam(List<String> staffIds, FieldErrors errors) {
        Set<String> team = new LinkedHashSet<>();
        boolean invalid = false;
        for (String staffId : staffIds == null ? List.<String>of() : staffIds) {
            if (staffId == null || staffId.isBlank()) {
                continue;
            }
            String clean = staffId.strip();
            invalid |= clean.length() > STAFF_ID_MAX || !clean.matches("[\\p{Alnum}._:@|-]+");
            team.add(clean);
        }
        if (invalid) {
            errors.add("organizerStaffIds", "campaigns.field.team.invalid");
        } else if (team.size() > TEAM_MAX) {
            errors.add("organizerStaffIds", "campaigns.field.team.too-many", TEAM_MAX);
        }
        return List.copyOf(team);
    }

    private static void tooLong(FieldErrors errors, String field, LocalizedText text, int max) {
        if (text.es() != null && text.es().length() > max) {
            errors.add(field + ".es", "campaigns.field.too-long", max);
        }
        if (text.en() != null && text.en().length() > max) {
            errors.add(field + ".en", "campaigns.field.too-long", max);
        }
    }

    private static void singleLine(FieldErrors errors, String field, LocalizedText text) {
        if (SingleLineCheck.breaks(text.es())) {
            errors.add(field + ".es", SingleLine.MESSAGE_KEY);
        }
        if (SingleLineCheck.breaks(text.en())) {
            errors.add(field + ".en", SingleLine.MESSAGE_KEY);
        }
    }

    private void count(String outcome) {
        meters.counter("plaza.campaigns.commands", "outcome", outcome).increment();
    }
}
