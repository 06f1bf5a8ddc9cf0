package org.plaza.supporters.broadcast;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.plaza.supporters.supporter.ActionKind;
import org.plaza.supporters.supporter.Consent;
import org.plaza.supporters.supporter.Scope;
import org.plaza.supporters.supporter.Supporter;
import org.plaza.supporters.supporter.SupporterFilter;
import org.plaza.supporters.supporter.SupporterIndex;
import org.plaza.supporters.supporter.SupporterStore;
import org.springframework.stereotype.Component;

/**
 * A broadcast's audience from the supporter directory: the index finds the matching ids (ids only, from memory it
 * already holds), which are streamed in supporter-id order from the cursor while the store reads their records
 * {@value #CHUNK} at a time, so at most one chunk of documents is ever held. Consent is read on each record as it is
 * queued, not from the index.
 */
@Component
class DirectoryAudience implements Audience {

    /** The source of a consent given again on notifications' unsubscribe page. */
    static final String RESUBSCRIBE_LINK = "RESUBSCRIBE_LINK";
    /** The source of an SMS consent withdrawn or given again by texting STOP/ALTO or START/ALTA back. */
    static final String SMS_KEYWORD = "SMS_KEYWORD";

    static final int CHUNK = 500;
    static final String UPDATES_BY_EMAIL = Consent.purpose("EMAIL", "CAMPAIGN_UPDATES");
    static final String UPDATES_BY_TEXT = Consent.purpose("SMS", "CAMPAIGN_UPDATES");

    private final SupporterIndex index;
    private final SupporterStore store;

    DirectoryAudience(SupporterIndex index, SupporterStore store) {
        this.index = index;
        this.store = store;
    }

    @Override
    public long count(String campaignId, AudienceFilter filter) {
        return index.count(filterOf(campaignId, filter), Scope.everyone());
    }

    /** From the index alone: who can be emailed and texted is kept there with the consents in force. */
    @Override
    public Reach reach(String campaignId, AudienceFilter filter, BroadcastChannel channel) {
        Reach.Tally tally = Reach.tally(channel);
        index.reachability(filterOf(campaignId, filter), Scope.everyone(), "CAMPAIGN_UPDATES").forEach(
                (reachable, n) -> tally.add(reachable.language(), reachable.byEmail(), reachable.byText(), n));
        return tally.reach();
    }

    @Override
    public Stream<Recipient> stream(String campaignId, AudienceFilter filter, String afterSupporterId) {
        List<String> ids = new ArrayList<>(index.ids(filterOf(campaignId, filter), Scope.everyone()));
        Collections.sort(ids);
        int from = afterSupporterId == null ? 0 : insertionPoint(ids, afterSupporterId);
        Iterator<Recipient> recipients = new Chunks(ids.subList(from, ids.size()));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(recipients, Spliterator.ORDERED), false);
    }

    @Override
    public void withdrawConsent(String supporterId, String channel, String category, String changeId,
            String viaRequestId, Instant at) {
        boolean texted = "SMS".equals(channel);
        Consent withdrawn = new Consent(channel, category, false, texted ? "texted a stop word (STOP, ALTO)"
                : "unsubscribe link", texted ? SMS_KEYWORD : "UNSUBSCRIBE_LINK", "notifications", viaRequestId, null,
                null, changeId + ":" + category, at);
        store.change(supporterId, false, (supporter, now) -> supporter.share(withdrawn.shareId(), null,
                List.of(withdrawn), null, now));
    }

    @Override
    public void restoreConsent(String supporterId, String channel, String category, String changeId, Instant at) {
        boolean texted = "SMS".equals(channel);
        Consent granted = new Consent(channel, category, true, texted ? "texted START or ALTA"
                : "subscribe again (unsubscribe page)", texted ? SMS_KEYWORD : RESUBSCRIBE_LINK, "notifications", null,
                null, null, changeId + ":" + category, at);
        store.change(supporterId, false, (supporter, now) -> supporter.share(granted.shareId(), null,
                List.of(granted), null, now));
    }

    /** The directory's filter for a broadcast's audience: the segment's or the broadcast's own, always within its campaign. */
    static SupporterFilter filterOf(String campaignId, AudienceFilter filter) {
        if (filter.segmentFilter() != null) {
            return filter.segmentFilter().withCampaign(campaignId);
        }
        ActionKind did = filter.did() == null ? null : ActionKind.valueOf(filter.did());
        return new SupporterFilter(campaignId, did, null, filter.community(), null, null, null, null, null);
    }

    private static int insertionPoint(List<String> sorted, String after) {
        int found = Collections.binarySearch(sorted, after);
        return found >= 0 ? found + 1 : -found - 1;
    }

    static Recipient recipientOf(Supporter supporter) {
        Set<String> granted = supporter.grantedPurposes();
        return new Recipient(supporter.id(), supporter.email(), supporter.name(), supporter.language(),
                granted.contains(UPDATES_BY_EMAIL), supporter.phone(), granted.contains(UPDATES_BY_TEXT));
    }

    /** Reads the records of the ids {@value #CHUNK} at a time, as they are consumed. */
    private final class Chunks implements Iterator<Recipient> {

        private final List<String> ids;
        private int next;
        private Iterator<Recipient> chunk = Collections.emptyIterator();

        Chunks(List<String> ids) {
            this.ids = ids;
        }

        @Override
        public boolean hasNext() {
            while (!chunk.hasNext() && next < ids.size()) {
                List<String> slice = ids.subList(next, Math.min(ids.size(), next + CHUNK));
                next += slice.size();
                chunk = store.load(slice).stream().map(DirectoryAudience::recipientOf).iterator();
            }
            return chunk.hasNext();
        }

        @Override
        public Recipient next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return chunk.next();
        }
    }
}
