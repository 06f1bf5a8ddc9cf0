package org.plaza.insights.dashboard;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.plaza.insights.health.PlatformHealth;
import org.plaza.insights.replay.Replay;
import org.plaza.insights.stats.BroadcastStats;
import org.plaza.insights.stats.MeetingStats;
import org.plaza.insights.stats.CampaignInfo;
import org.plaza.insights.stats.Resolution;
import org.plaza.insights.stats.Scope;
import org.plaza.insights.stats.Stats;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.access.CampaignTeam;
import org.plaza.starter.security.StaffMember;
import org.springframework.stereotype.Service;

/** Puts together what the pages, the JSON API and the live stream show, for one viewer. */
@Service
public class DashboardData {

    private final Stats stats;
    private final BroadcastStats broadcasts;
    private final MeetingStats meetings;
    private final CampaignAccess access;
    private final PlatformHealth health;
    private final Replay replay;
    private final Clock clock;

    DashboardData(Stats stats, BroadcastStats broadcasts, MeetingStats meetings, CampaignAccess access,
            PlatformHealth health, Replay replay, Clock clock) {
        this.stats = stats;
        this.broadcasts = broadcasts;
        this.meetings = meetings;
        this.access = access;
        this.health = health;
        this.replay = replay;
        this.clock = clock;
    }

    public Overview overview(StaffMember viewer) {
        boolean everything = seesEverything(viewer);
        Scope scope = everything ? Scope.all()
                : Scope.of(access.managedCampaigns(viewer).stream().map(CampaignTeam::campaignId).collect(Collectors.toSet()));
        return new Overview(everything, stats.totals(scope), stats.funnel(scope), stats.campaigns(scope),
                stats.signatureSeries(scope, Resolution.HOUR, null), stats.commentSeries(scope, Resolution.HOUR, null),
                stats.deadlines(scope), everything ? health.report() : null, replay.status(), clock.instant());
    }

    /** Operators and admins watch the whole platform; organizers the campaigns they manage (the starter's rule). */
    public boolean seesEverything(StaffMember viewer) {
        return access.readsEverything(viewer);
    }

    /** One campaign, after checking the viewer may see it (403 otherwise). */
    public CampaignDetail campaign(StaffMember viewer, String campaignId) {
        access.requireRead(viewer, campaignId);
        Scope scope = Scope.campaign(campaignId);
        CampaignInfo info = stats.campaign(campaignId).orElse(new CampaignInfo(campaignId, null, null, null, List.of(),
                null, null, "UNKNOWN", List.of(), null));
        return new CampaignDetail(info, stats.totals(scope), stats.funnel(scope),
                stats.signatureSeries(scope, Resolution.MINUTE, null), stats.signatureSeries(scope, Resolution.HOUR, null),
                stats.signatureSeries(scope, Resolution.DAY, null), stats.commentSeries(scope, Resolution.HOUR, null),
                stats.commentSeries(scope, Resolution.DAY, null), stats.signaturesBy(scope, "community"),
                stats.signaturesBy(scope, "language"), stats.signaturesBy(scope, "channel"),
                stats.commentsBy(scope, "community"), stats.commentsBy(scope, "language"),
                stats.commentsBy(scope, "position"), stats.volunteersBy(scope, "community"), stats.petitions(scope),
                stats.drives(scope), stats.shifts(scope), stats.deadlines(scope), clock.instant(),
                broadcasts.broadcasts(scope), stats.signaturesBy(scope, "shareSource"), stats.signatureSources(scope),
                stats.commentsBy(scope, "shareSource"), meetings.meetings(scope));
    }
}
