package org.plaza.campaigns.resident;

import java.util.List;

/**
 * Everything a campaign page shows, already in the resident's language and time zone; its hash is the
 * page's ETag, so a count, a title or the words for the time left changing gives a new one.
 */
record CampaignView(String title, String summary, List<String> story, String issueArea, List<String> communities,
        String dates, boolean closed, List<PetitionCta> petitions, List<DriveCta> drives, List<ShiftCta> shifts) {

    public boolean nothingOpen() {
        return petitions.isEmpty() && drives.isEmpty() && shifts.isEmpty();
    }

    /** A petition to sign: its live verified count and the progress toward its goal. */
    record PetitionCta(String id, String href, String title, String countText, long progressValue, long progressMax,
            String closes) {
    }

    /** A comment drive: how long is left before comments close, and when the public body meets. */
    record DriveCta(String id, String href, String title, String publicBody, String timeLeft, String deadline,
            String meeting) {
    }

    /** A volunteer shift: what, when, where, and how many places are open. */
    record ShiftCta(String id, String href, String title, String activity, String when, String community,
            String spots, boolean full) {
    }
}
