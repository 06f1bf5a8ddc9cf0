package org.plaza.insights.dashboard;

import org.plaza.insights.health.HealthReport;
import org.plaza.insights.health.PlatformHealth;
import org.plaza.insights.replay.Replay;
import org.plaza.insights.replay.ReplayStatus;
import org.plaza.insights.stats.Resolution;
import org.plaza.insights.stats.Scope;
import org.plaza.insights.stats.Series;
import org.plaza.insights.stats.Stats;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's numbers as JSON, for scripts and other tools; the same access rules as the pages. */
@RestController
@RequestMapping("/api/staff/insights")
class DashboardApi {

    /** What a series counts. */
    enum Metric {
        SIGNATURES, COMMENTS
    }

    private final DashboardData data;
    private final Stats stats;
    private final CampaignAccess access;
    private final PlatformHealth health;
    private final Replay replay;

    DashboardApi(DashboardData data, Stats stats, CampaignAccess access, PlatformHealth health, Replay replay) {
        this.data = data;
        this.stats = stats;
        this.access = access;
        this.health = health;
        this.replay = replay;
    }

    @GetMapping("/overview")
    Overview overview(Authentication authentication) {
        return data.overview(StaffMember.of(authentication));
    }

    @GetMapping("/campaigns/{campaignId}")
    CampaignDetail campaign(@PathVariable String campaignId, Authentication authentication) {
        return data.campaign(StaffMember.of(authentication), campaignId);
    }

    /** One series of a campaign, optionally of one petition or drive ({@code item}). */
    @GetMapping("/campaigns/{campaignId}/series")
    Series series(@PathVariable String campaignId, @RequestParam(defaultValue = "SIGNATURES") Metric metric,
            @RequestParam(defaultValue = "HOUR") Resolution resolution, @RequestParam(required = false) String item,
            Authentication authentication) {
        access.requireRead(StaffMember.of(authentication), campaignId);
        Scope scope = Scope.campaign(campaignId);
        return metric == Metric.SIGNATURES ? stats.signatureSeries(scope, resolution, item)
                : stats.commentSeries(scope, resolution, item);
    }

    @GetMapping("/health")
    HealthReport health() {
        return health.report();
    }

    @GetMapping("/replay")
    ReplayStatus replayStatus() {
        return replay.status();
    }

    /** Starts rebuilding the projections: 202 with the status, or a 409 problem while a replay runs. */
    @PostMapping("/replay")
    ResponseEntity<ReplayStatus> startReplay(Authentication authentication) {
        if (!replay.start(StaffMember.of(authentication).id())) {
            throw PlazaProblem.conflict("replay-running", "insights.problem.replay-running");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(replay.status());
    }
}
