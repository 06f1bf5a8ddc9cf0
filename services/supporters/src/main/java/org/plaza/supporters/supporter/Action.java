package org.plaza.supporters.supporter;

import java.time.Instant;

/**
 * One action of a supporter. {@code key} ({@code KIND:item}) makes recording it idempotent: the same action
 * arriving again, from its domain event or with a contact hand-over, is one action.
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
        String subject = itemId != null ? itemId : campaignId;
        return new Action(kind + ":" + subject, kind, campaignId, itemId, service, at);
    }
}
