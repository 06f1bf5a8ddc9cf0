package org.plaza.campaigns.resident;

import java.util.List;

import org.plaza.starter.find.FindPage;
import org.plaza.starter.find.FindQuery;

/**
 * Everything the home page shows, already in the resident's language; its hash is the page's ETag.
 *
 * @param heading The page heading (names the filters in use).
 * @param found How many campaigns this page shows, in words.
 * @param find The search and filters the page answers (the form keeps them).
 * @param page The campaigns of this page, with the links to the pages around it.
 */
record HomeView(String heading, String found, FindQuery find, FindPage<CampaignCard> page) {

    record CampaignCard(String href, String title, String summary, String issueArea, List<String> communities,
            String waysToAct) {
    }
}
