package org.plaza.campaigns.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an organizer writes about a campaign. Everything may be incomplete in a draft;
 * {@link #missingForLaunch()} says what a launch still needs.
 */
public record CampaignDetails(
        LocalizedText title,
        LocalizedText summary,
        LocalizedText story,
        String issueArea,
        List<String> communities,
        LocalDate startsOn,
        LocalDate endsOn) {

    public CampaignDetails {
        title = LocalizedText.orEmpty(title);
        summary = LocalizedText.orEmpty(summary);
        story = LocalizedText.orEmpty(story);
        issueArea = issueArea == null || issueArea.isBlank() ? null : issueArea.strip();
        communities = communities == null ? List.of()
                : communities.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
    }

    /** Field paths (as in the API and the forms) that must be filled in before launching, in form order. */
    public List<String> missingForLaunch() {
        List<String> missing = new ArrayList<>();
        requireBoth(missing, "title", title);
        requireBoth(missing, "summary", summary);
        requireBoth(missing, "story", story);
        if (issueArea == null) {
            missing.add("issueArea");
        }
        if (communities.isEmpty()) {
            missing.add("communities");
        }
        if (startsOn == null) {
            missing.add("startsOn");
        }
        return missing;
    }

    private static void requireBoth(List<String> missing, String field, LocalizedText text) {
        if (text.es() == null) {
            missing.add(field + ".es");
        }
        if (text.en() == null) {
            missing.add(field + ".en");
        }
    }
}
