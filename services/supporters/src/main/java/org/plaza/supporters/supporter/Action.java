package org.plaza.supporters.supporter;

import java.time.Instant;

/**
 * One action of a supporter. {@code key} ({@code KIND:item}) makes recording it idempotent: the same action
 * arriving again, from its domain event or with a contact hand-over, is one action. Volunteering is keyed by
 * campaign: outreach's hand-over names the shift signed up for and its event the volunteer record, and both are the
 * one act of volunteering for that campaign.
 *
 * @param key        kind and item (or campaign when there is no item)
 * @param kind       what was done
 * @param campaignId the campaign it belongs to, if any
 * @param itemId     the petition, drive, shift, training, volunteer record or import
 * @param service    the service that reported it
 * @param at         when it was done
 */
public record Action(String key, ActionKind kind, String campaignId, String itemId, String service, Instant at) {

    public static Action of(ActionKind kind, String campaignId, String itemId, String service, Instant at) {
        String subject = kind == ActionKind.VOLUNTEERED && campaignId != null ? campaignId
                : itemId != null ? itemId : campaignId;
        return new Action(kind + ":" + subject, kind, campaignId, itemId, service, at);
    }
}
