package org.plaza.supporters.supporter;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * Which supporters an organizer wants: every criterion given must hold (they combine with "and"); an empty filter
 * is everyone the reader may see. Kept as typed, so a saved segment is re-evaluated on the supporters of the day.
 *
 * @param campaignId    acted on this campaign; also narrows {@code did} and {@code didNot} to it
 * @param did           took this action (on the campaign, if one is given)
 * @param didNot        never took this action (on the campaign, if one is given)
 * @param community     lives in this community (vocabulary code)
 * @param language      writes in this language
 * @param consent       currently agrees to this purpose, e.g. {@code EMAIL:CAMPAIGN_UPDATES}
 * @param tag           carries this tag
 * @param activeSince   acted on or after this day
 * @param inactiveSince has not acted since this day (last action before it, or none)
 */
public record SupporterFilter(String campaignId, ActionKind did, ActionKind didNot, String community, String language,
        String consent, String tag, LocalDate activeSince, LocalDate inactiveSince) {

    public SupporterFilter {
        campaignId = blankToNull(campaignId);
        community = blankToNull(community);
        language = blankToNull(language);
        consent = blankToNull(consent);
        tag = blankToNull(tag);
    }

    public static SupporterFilter everyone() {
        return new SupporterFilter(null, null, null, null, null, null, null, null, null);
    }

    public SupporterFilter withCampaign(String campaign) {
        return new SupporterFilter(campaign, did, didNot, community, language, consent, tag, activeSince, inactiveSince);
    }

    public boolean isEmpty() {
        return equals(everyone());
    }

    /** The test on an index profile, with days counted in {@code zone}, limited to what {@code scope} sees. */
    Predicate<Profile> predicate(ZoneId zone, Scope scope) {
        long activeFrom = activeSince == null ? Long.MIN_VALUE : activeSince.atStartOfDay(zone).toInstant().toEpochMilli();
        long inactiveFrom = inactiveSince == null ? Long.MAX_VALUE : inactiveSince.atStartOfDay(zone).toInstant().toEpochMilli();
        return profile -> scope.sees(profile)
                && (campaignId == null || profile.actedOn(campaignId))
                && (did == null || (campaignId == null ? profile.did(did) : profile.did(did, campaignId)))
                && (didNot == null || !(campaignId == null ? profile.did(didNot) : profile.did(didNot, campaignId)))
                && (community == null || community.equals(profile.community()))
                && (language == null || language.equals(profile.language()))
                && (consent == null || profile.grants(consent))
                && (tag == null || profile.tagged(tag))
                && profile.lastActiveMillis() >= activeFrom
                && (inactiveSince == null || profile.lastActiveMillis() < inactiveFrom);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
