package org.plaza.insights.stats;

import java.time.Instant;
import java.util.List;

/** A campaign as the hub announced it. */
public record CampaignInfo(String id, String titleEs, String titleEn, String issueArea, List<String> communities,
        String startsOn, String endsOn, String status, List<String> team, Instant launchedAt) implements Titled {
}
