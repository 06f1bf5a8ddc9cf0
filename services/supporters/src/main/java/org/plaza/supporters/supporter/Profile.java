package org.plaza.supporters.supporter;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the index keeps of one supporter: only the attributes filters look at, as compact values (interned
 * strings, bit sets), so 100,000 of them fit in a few tens of megabytes and are scanned in milliseconds. Immutable:
 * a change replaces the whole profile.
 *
 * @param id                the supporterId
 * @param version           the document's version (a profile never replaces a newer one)
 * @param community         community code or null
 * @param language          language code or null
 * @param campaigns         campaigns acted on
 * @param kinds             bit per {@link ActionKind} ordinal: actions anywhere
 * @param campaignKinds     {@code campaignId|KIND} for each action with a campaign
 * @param grantedPurposes   purposes ({@code EMAIL:CAMPAIGN_UPDATES}) currently agreed to
 * @param tags              the organizers' tags
 * @param lastActiveMillis  epoch milliseconds of the latest action, or {@link Long#MIN_VALUE}
 * @param hasEmail          whether an address is known
 * @param textable          whether a mobile number that can be texted is known ({@link ContactDetails#textable})
 */
record Profile(String id, long version, String community, String language, String[] campaigns, int kinds,
        String[] campaignKinds, String[] grantedPurposes, String[] tags, long lastActiveMillis, boolean hasEmail,
        boolean textable) {

    static Profile of(Supporter supporter) {
        Set<String> campaigns = new LinkedHashSet<>();
        Set<String> campaignKinds = new LinkedHashSet<>();
        int kinds = 0;
        for (Action action : supporter.actions()) {
            kinds |= 1 << action.kind().ordinal();
            if (action.campaignId() != null) {
                campaigns.add(action.campaignId().intern());
                campaignKinds.add(campaignKind(action.campaignId(), action.kind()));
            }
        }
        Instant lastActive = supporter.lastActiveAt();
        Long version = supporter.version();
        return new Profile(supporter.id(), version == null ? 0 : version, intern(supporter.community()),
                intern(supporter.language()), campaigns.toArray(String[]::new), kinds,
                campaignKinds.toArray(String[]::new), interned(List.copyOf(supporter.grantedPurposes())),
                interned(supporter.tags()), lastActive == null ? Long.MIN_VALUE : lastActive.toEpochMilli(),
                supporter.email() != null && !supporter.email().isBlank(), ContactDetails.textable(supporter.phone()));
    }

    static String campaignKind(String campaignId, ActionKind kind) {
        return (campaignId + "|" + kind.name()).intern();
    }

    boolean did(ActionKind kind) {
        return (kinds & (1 << kind.ordinal())) != 0;
    }

    boolean did(ActionKind kind, String campaignId) {
        return contains(campaignKinds, campaignId + "|" + kind.name());
    }

    boolean actedOn(String campaignId) {
        return contains(campaigns, campaignId);
    }

    boolean grants(String purpose) {
        return contains(grantedPurposes, purpose);
    }

    boolean tagged(String tag) {
        return contains(tags, tag);
    }

    private static boolean contains(String[] values, String wanted) {
        for (String value : values) {
            if (value.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String intern(String value) {
        return value == null ? null : value.intern();
    }

    private static String[] interned(List<String> values) {
        return values.stream().map(String::intern).toArray(String[]::new);
    }
}
