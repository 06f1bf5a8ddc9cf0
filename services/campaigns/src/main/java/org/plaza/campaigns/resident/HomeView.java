package org.plaza.campaigns.resident;

import java.util.List;

/**
 * Everything the home page shows, already in the resident's language; its hash is the page's ETag.
 *
 * @param heading The page heading (names the filters in use).
 * @param communities Community choices for the filter.
 * @param issueAreas Issue area choices for the filter.
 * @param community The chosen community code, or empty.
 * @param issueArea The chosen issue area code, or empty.
 * @param found How many campaigns this page shows, in words.
 * @param cards The campaigns.
 * @param previousPage Link to the previous page, or null.
 * @param nextPage Link to the next page, or null.
 * @param filtered Whether a filter is in use (offers "show all").
 */
record HomeView(String heading, List<Option> communities, List<Option> issueAreas, String community, String issueArea,
        String found, List<CampaignCard> cards, String previousPage, String nextPage, boolean filtered) {

    record Option(String value, String label) {
    }

    record CampaignCard(String href, String title, String summary, String issueArea, List<String> communities,
            String waysToAct) {
    }
}
