package org.plaza.supporters.supporter;

import java.util.List;

/** The purposes a consent can be about: a channel and a kind of message (the notifications service's categories). */
public final class ConsentPurposes {

    public static final List<String> CHANNELS = List.of("EMAIL", "SMS");
    public static final List<String> CATEGORIES = List.of("CAMPAIGN_UPDATES", "REMINDERS", "INVITATIONS");
    /** Every purpose, {@code EMAIL:CAMPAIGN_UPDATES} first. */
    public static final List<String> ALL = CHANNELS.stream()
            .flatMap(channel -> CATEGORIES.stream().map(category -> Consent.purpose(channel, category))).toList();

    private ConsentPurposes() {
    }
}
