package org.plaza.supporters.supporter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A filter as typed in the list's form or an API's query string, every field text, so that nothing fails while
 * binding: {@link #toFilter} checks each field and refuses with a 400 validation problem naming the fields (shown
 * next to them on the page, in {@code errors} on the API).
 */
public class FilterForm {

    static final int MAX_TAG = 40;

    private String campaign;
    private String did;
    private String didNot;
    private String community;
    private String language;
    private String consent;
    private String tag;
    private String activeSince;
    private String inactiveSince;

    /** The form of a saved filter. */
    public static FilterForm of(SupporterFilter filter) {
        FilterForm form = new FilterForm();
        form.campaign = filter.campaignId();
        form.did = filter.did() == null ? null : filter.did().name();
        form.didNot = filter.didNot() == null ? null : filter.didNot().name();
        form.community = filter.community();
        form.language = filter.language();
        form.consent = filter.consent();
        form.tag = filter.tag();
        form.activeSince = filter.activeSince() == null ? null : filter.activeSince().toString();
        form.inactiveSince = filter.inactiveSince() == null ? null : filter.inactiveSince().toString();
        return form;
    }

    /** The filter, or a 400 validation problem listing every field that is not one of the choices. */
    public SupporterFilter toFilter(Vocabulary vocabulary) {
        List<String[]> errors = new ArrayList<>();
        ActionKind didKind = action("did", did, errors);
        ActionKind didNotKind = action("didNot", didNot, errors);
        if (present(community) && !vocabulary.isResidentCommunity(community.strip())) {
            errors.add(new String[] { "community", "plaza.vocabulary.community.unknown" });
        }
        if (present(language) && !vocabulary.isLanguage(language.strip())) {
            errors.add(new String[] { "language", "plaza.vocabulary.language.unknown" });
        }
        if (present(consent) && !ConsentPurposes.ALL.contains(consent.strip())) {
            errors.add(new String[] { "consent", "supporters.filter.error.consent" });
        }
        if (present(tag) && (Tags.normalize(tag) == null)) {
            errors.add(new String[] { "tag", "supporters.tag.invalid" });
        }
        if (present(campaign) && (campaign.strip().length() > 100 || campaign.chars().anyMatch(Character::isISOControl))) {
            errors.add(new String[] { "campaign", "supporters.filter.error.campaign" });
        }
        LocalDate since = date("activeSince", activeSince, errors);
        LocalDate until = date("inactiveSince", inactiveSince, errors);
        if (!errors.isEmpty()) {
            PlazaProblem problem = PlazaProblem.badRequest("validation", "plaza.problem.validation");
            errors.forEach(error -> problem.withFieldError(error[0], error[1]));
            throw problem;
        }
        return new SupporterFilter(campaign, didKind, didNotKind, community, language, consent,
                present(tag) ? Tags.normalize(tag) : null, since, until);
    }

    /** The filter's query parameters, for links that keep it (pages, export). */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "campaign", campaign);
        put(parameters, "did", did);
        put(parameters, "didNot", didNot);
        put(parameters, "community", community);
        put(parameters, "language", language);
        put(parameters, "consent", consent);
        put(parameters, "tag", tag);
        put(parameters, "activeSince", activeSince);
        put(parameters, "inactiveSince", inactiveSince);
        return parameters;
    }

    /** {@code path} with this filter (and {@code more}) as its query string. */
    public String link(String path, Map<String, String> more) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        parameters().forEach(builder::queryParam);
        more.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (present(value)) {
            parameters.put(name, value.strip());
        }
    }

    private static ActionKind action(String field, String value, List<String[]> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            return ActionKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(new String[] { field, "supporters.filter.error.action" });
            return null;
        }
    }

    private static LocalDate date(String field, String value, List<String[]> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException invalid) {
            errors.add(new String[] { field, "supporters.filter.error.date" });
            return null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public String getDid() {
        return did;
    }

    public void setDid(String did) {
        this.did = did;
    }

    public String getDidNot() {
        return didNot;
    }

    public void setDidNot(String didNot) {
        this.didNot = didNot;
    }

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getConsent() {
        return consent;
    }

    public void setConsent(String consent) {
        this.consent = consent;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getActiveSince() {
        return activeSince;
    }

    public void setActiveSince(String activeSince) {
        this.activeSince = activeSince;
    }

    public String getInactiveSince() {
        return inactiveSince;
    }

    public void setInactiveSince(String inactiveSince) {
        this.inactiveSince = inactiveSince;
    }
}
