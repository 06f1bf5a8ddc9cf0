package org.plaza.insights.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.plaza.insights.stats.BroadcastRow;
import org.plaza.insights.stats.CampaignInfo;
import org.plaza.insights.stats.Deadline;
import org.plaza.insights.stats.DriveRow;
import org.plaza.insights.stats.Funnel;
import org.plaza.insights.stats.MeetingRow;
import org.plaza.insights.stats.MeetingStats;
import org.plaza.insights.stats.PetitionRow;
import org.plaza.insights.stats.Series;
import org.plaza.insights.stats.ShiftRow;
import org.plaza.insights.stats.SourceRow;
import org.plaza.insights.stats.Totals;

/**
 * One campaign in detail: counters, series, breakdowns, the funnel, its items and deadlines, its broadcasts (newest
 * first), its signatures by the share that brought them (over the campaign, and per petition) and its comments by
 * the same, and its community meetings with RSVPs and attendance.
 */
public record CampaignDetail(CampaignInfo campaign, Totals totals, Funnel funnel, Series signaturesMinute,
        Series signaturesHourly, Series signaturesDaily, Series commentsHourly, Series commentsDaily,
        Map<String, Long> signaturesByCommunity, Map<String, Long> signaturesByLanguage,
        Map<String, Long> signaturesByChannel, Map<String, Long> commentsByCommunity,
        Map<String, Long> commentsByLanguage, Map<String, Long> commentsByPosition,
        Map<String, Long> volunteersByCommunity, List<PetitionRow> petitions, List<DriveRow> drives,
        List<ShiftRow> shifts, List<Deadline> deadlines, Instant asOf, List<BroadcastRow> broadcasts,
        Map<String, Long> signaturesByShareSource, List<SourceRow> signatureSources,
        Map<String, Long> commentsByShareSource, List<MeetingRow> meetings) {

    /** Going, waiting and checked in over the campaign's meetings. */
    public MeetingRow meetingTotal() {
        return MeetingStats.total(meetings);
    }
}
