package org.plaza.insights.stats;

import java.util.List;

/** One campaign's line on the dashboard. */
public record CampaignRow(String id, String titleEs, String titleEn, String status, List<String> communities,
        List<String> team, long signatures, long comments, long volunteers, long minutesServed) implements Titled {

    public double hours() {
        return Math.floor(minutesServed / 6.0) / 10.0;
    }
}
