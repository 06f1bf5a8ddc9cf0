package org.plaza.supporters.mydata;

import java.util.List;
import java.util.Locale;

import org.plaza.starter.id.Ids;
import org.plaza.supporters.supporter.SupporterStore;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The consents a resident can change on their page: each channel for each kind of optional message. A change is
 * recorded on the supporter with its provenance (the sentence shown to the resident on the page, in their language)
 * and announced to notifications.
 */
@Service
public class ConsentChoices {

    public static final List<String> CHANNELS = List.of("EMAIL", "SMS");
    public static final List<String> CATEGORIES = List.of("CAMPAIGN_UPDATES", "REMINDERS", "INVITATIONS");

    private final SupporterStore store;
    private final MessageSource messages;

    ConsentChoices(SupporterStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    /**
     * Records the resident's choice; false when the choice is not one offered or there is no record to change.
     */
    public boolean change(String supporterId, String channel, String category, boolean granted, Locale language) {
        if (!CHANNELS.contains(channel) || !CATEGORIES.contains(category)) {
            return false;
        }
        String wording = messages.getMessage("mydata.consent.provenance." + granted, new Object[] {
                messages.getMessage("mydata.channel." + channel, null, language),
                messages.getMessage("mydata.category." + category, null, language) }, language);
        String changeId = Ids.random("cnc");
        return store.change(supporterId, false, (supporter, now) -> supporter.changeConsentByResident(channel, category,
                granted, wording, changeId, now)).isPresent();
    }
}
