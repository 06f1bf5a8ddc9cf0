package org.plaza.starter.find;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.plaza.starter.vocabulary.Vocabulary;

/**
 * What a resident asked a list for, bound from the query string of its plain GET form
 * ({@code ?q=agua&community=MECCA&issueArea=WATER&page=2}): a controller takes
 * {@code @ModelAttribute("find") FindQuery find} and works with {@link #checked(Vocabulary)}, which never refuses:
 * an unknown community or issue area and an unreadable page are ignored, and the text is cut to
 * {@value #MAX_TEXT} characters.
 *
 * @param q         the search text as typed, or null
 * @param community a community code, or null
 * @param issueArea an issue area code, or null
 * @param page      the page number from 1, as typed, or null
 */
public record FindQuery(String q, String community, String issueArea, String page) {

    /** The longest search text taken. */
    public static final int MAX_TEXT = 100;
    private static final int MAX_PAGE = 10_000;

    /** No search, no filter, the first page. */
    public static FindQuery none() {
        return new FindQuery(null, null, null, null);
    }

    /** The same query with only known filters, a trimmed text of at most {@value #MAX_TEXT} characters, a page from 1. */
    public FindQuery checked(Vocabulary vocabulary) {
        String text = q == null ? null : q.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        return new FindQuery(text == null || text.isEmpty() ? null : text,
                vocabulary.isCommunity(community) ? community : null,
                vocabulary.isIssueArea(issueArea) ? issueArea : null, Integer.toString(pageNumber()));
    }

    /** The search text, or "" (for the form). */
    public String text() {
        return q == null ? "" : q;
    }

    /** The normalized words to find ({@link SearchText#queryWords}); empty when there is no search. */
    public List<String> words() {
        return SearchText.queryWords(q);
    }

    /** The page number, from 1; anything unreadable is 1. */
    public int pageNumber() {
        try {
            return Math.max(1, Math.min(Integer.parseInt(page == null ? "1" : page.strip()), MAX_PAGE));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** How many items come before this page of {@code size}. */
    public long skip(int size) {
        return (long) (pageNumber() - 1) * size;
    }

    /** Whether a search or a filter is in use (the page offers to show everything). */
    public boolean filtered() {
        return q != null && !q.isBlank() || community != null || issueArea != null;
    }

    /**
     * The address of page {@code number} of this query on {@code path} (which may carry a query of its own), every
     * value form-encoded.
     */
    public String href(String path, int number) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q == null || q.isBlank() ? null : q);
        parameters.put("community", community);
        parameters.put("issueArea", issueArea);
        parameters.put("page", number > 1 ? Integer.toString(number) : null);
        String query = parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + query;
    }
}
