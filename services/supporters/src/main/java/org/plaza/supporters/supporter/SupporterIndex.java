package org.plaza.supporters.supporter;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

/**
 * Every supporter's {@link Profile} in memory, so that filters count and page without reading a document: the
 * embedded MongoDB scans a collection row by row, far too slowly for "how many of 100,000 match" on every page.
 * {@link SupporterStore} fills it at start-up and keeps it current on every write; it is this instance's view (the
 * service runs as one instance; see the README).
 */
@Component
public class SupporterIndex {

    /** Most recently active first, then by id: the order of the list and of exports. */
    private static final Comparator<Profile> ORDER = Comparator.comparingLong(Profile::lastActiveMillis).reversed()
            .thenComparing(Profile::id);

    private final Map<String, Profile> profiles = new ConcurrentHashMap<>();
    private final SupportersSettings settings;

    public SupporterIndex(SupportersSettings settings) {
        this.settings = settings;
    }

    /** Takes a supporter's current state; an older version than the one kept changes nothing. */
    void put(Supporter supporter) {
        Profile profile = Profile.of(supporter);
        profiles.merge(profile.id(), profile, (kept, fresh) -> fresh.version() >= kept.version() ? fresh : kept);
    }

    void remove(String supporterId) {
        profiles.remove(supporterId);
    }

    public int size() {
        return profiles.size();
    }

    /** How many supporters the filter matches among those the scope sees. */
    public long count(SupporterFilter filter, Scope scope) {
        Predicate<Profile> test = filter.predicate(settings.timeZone(), scope);
        long count = 0;
        for (Profile profile : profiles.values()) {
            if (test.test(profile)) {
                count++;
            }
        }
        return count;
    }

    /**
     * How many of the matches can be reached for a kind of message ({@code category}, such as CAMPAIGN_UPDATES), per
     * language and channel: by email when they agree to it by email and an address is known, by text when they agree
     * to it by text and a mobile number is known. Read from memory, never the documents.
     */
    public Map<Reachability, Long> reachability(SupporterFilter filter, Scope scope, String category) {
        Predicate<Profile> test = filter.predicate(settings.timeZone(), scope);
        String byEmail = Consent.purpose("EMAIL", category);
        String byText = Consent.purpose("SMS", category);
        Map<Reachability, Long> counts = new HashMap<>();
        for (Profile profile : profiles.values()) {
            if (test.test(profile)) {
                counts.merge(new Reachability(profile.language(), profile.hasEmail() && profile.grants(byEmail),
                        profile.textable() && profile.grants(byText)), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The ids of every match, most recently active first: ids only, never the documents. */
    public List<String> ids(SupporterFilter filter, Scope scope) {
        return profiles.values().stream().filter(filter.predicate(settings.timeZone(), scope)).sorted(ORDER)
                .map(Profile::id).toList();
    }

    /** One page of matches ({@code offset}, {@code limit}) and the total. */
    public Page page(SupporterFilter filter, Scope scope, int offset, int limit) {
        List<Profile> matches = profiles.values().stream().filter(filter.predicate(settings.timeZone(), scope)).toList();
        List<String> ids = matches.stream().sorted(ORDER).skip(Math.max(0, offset)).limit(limit).map(Profile::id).toList();
        return new Page(ids, matches.size());
    }

    /** Whether the scope sees this supporter (an unknown one is seen by nobody). */
    public boolean sees(String supporterId, Scope scope) {
        Profile profile = profiles.get(supporterId);
        return profile != null && scope.sees(profile);
    }

    /** The tags in use on supporters the scope sees, for the filter's choices. */
    public Set<String> tags(Scope scope) {
        Set<String> tags = new TreeSet<>();
        profiles.values().stream().filter(scope::sees).forEach(profile -> tags.addAll(List.of(profile.tags())));
        return tags;
    }

    /**
     * Supporters of a language who can, or cannot, be reached by email and by text.
     *
     * @param language their language code, or null when unknown
     * @param byEmail  reachable by email
     * @param byText   reachable by text
     */
    public record Reachability(String language, boolean byEmail, boolean byText) {
    }

    /** @param ids the page's supporter ids in order; @param total every match */
    public record Page(List<String> ids, long total) {
    }
}
