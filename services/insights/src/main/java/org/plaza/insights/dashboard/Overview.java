package org.plaza.insights.dashboard;

import java.time.Instant;
import java.util.List;

import org.plaza.insights.health.HealthReport;
import org.plaza.insights.replay.ReplayStatus;
import org.plaza.insights.stats.CampaignRow;
import org.plaza.insights.stats.Deadline;
import org.plaza.insights.stats.Funnel;
import org.plaza.insights.stats.Series;
import org.plaza.insights.stats.Totals;

/**
 * The dashboard's front page for one viewer: their campaigns' numbers, and the platform's health
 * for operators and admins.
 *
 * @param health null for organizers
 */
public record Overview(boolean everything, Totals totals, Funnel funnel, List<CampaignRow> campaigns,
        Series signaturesHourly, Series commentsHourly, List<Deadline> deadlines, HealthReport health,
        ReplayStatus replay, Instant asOf) {
}
