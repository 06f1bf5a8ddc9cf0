package org.plaza.supporters.mydata;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.plaza.starter.links.ResidentLinks;
import org.plaza.supporters.supporter.Action;
import org.plaza.supporters.supporter.Consent;
import org.plaza.supporters.supporter.Supporter;

/**
 * Everything Plaza's supporter list keeps about one person, as the resident sees and downloads it. Tags and notes
 * are included: they are written by staff, but they are data about the person, and the right of access covers them.
 *
 * @param known           whether there is a record at all
 * @param erasedAt        when the person was last erased, or null
 * @param contact         contact details (null when unknown)
 * @param consentsInForce the decision in force per channel and kind of message
 * @param consentHistory  every decision with its provenance, newest first
 * @param actions         every action with its date and source, newest first
 * @param tags            organizers' tags
 * @param notes           organizers' notes (text and date; not who wrote them)
 * @param firstSeenAt     when Plaza first heard of the person
 */
public record MyData(boolean known, Instant erasedAt, Contact contact, List<ConsentEntry> consentsInForce,
        List<ConsentEntry> consentHistory, List<ActionEntry> actions, List<String> tags, List<NoteEntry> notes,
        Instant firstSeenAt) {

    static MyData of(Supporter supporter, Instant erasedAt) {
        if (supporter == null) {
            return new MyData(false, erasedAt, null, List.of(), List.of(), List.of(), List.of(), List.of(), null);
        }
        Contact contact = new Contact(supporter.name(), supporter.email(), supporter.phone(), supporter.language(),
                supporter.community());
        List<ConsentEntry> inForce = supporter.currentConsents().values().stream().map(ConsentEntry::of).toList();
        List<ConsentEntry> history = supporter.consents().stream()
                .sorted(Comparator.comparing(Consent::at, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(ConsentEntry::of).toList();
        List<ActionEntry> actions = supporter.actions().stream().map(ActionEntry::of).toList();
        List<NoteEntry> notes = supporter.notes().stream().map(n -> new NoteEntry(n.text(), n.at())).toList();
        return new MyData(true, erasedAt, contact, inForce, history, actions, supporter.tags(), notes,
                supporter.firstSeenAt());
    }

    /** The decision in force for a channel and kind of message: GRANTED, DECLINED or NONE (never asked). */
    public String consentStatus(String channel, String category) {
        return consentsInForce.stream().filter(c -> c.channel().equals(channel) && c.category().equals(category))
                .findFirst().map(c -> c.granted() ? "GRANTED" : "DECLINED").orElse("NONE");
    }

    /** Contact details as kept. */
    public record Contact(String name, String email, String phone, String language, String community) {
    }

    /**
     * One consent decision and where it came from.
     *
     * @param source  what the person did (PETITION_SIGNATURE, MY_DATA_PAGE…)
     * @param service the service that took it
     * @param itemId  the petition, drive or shift it was given on
     * @param wording the words the person was shown
     */
    public record ConsentEntry(String channel, String category, boolean granted, String wording, String source,
            String service, String itemId, Instant at) {

        static ConsentEntry of(Consent consent) {
            return new ConsentEntry(consent.channel(), consent.category(), consent.granted(), consent.wording(),
                    consent.source(), consent.service(), consent.itemId(), consent.at());
        }
    }

    /**
     * One action.
     *
     * @param kind    SIGNED, COMMENTED, VOLUNTEERED…
     * @param service the service that reported it
     * @param link    the public page of the item, when there is one
     */
    public record ActionEntry(String kind, String campaignId, String itemId, String service, Instant at, String link) {

        static ActionEntry of(Action action) {
            String item = action.itemId();
            String link = item == null ? null : switch (action.kind()) {
                case SIGNED -> ResidentLinks.petition(item);
                case COMMENTED -> ResidentLinks.commentDrive(item);
                case SIGNED_UP, ATTENDED -> ResidentLinks.shift(item);
                default -> null;
            };
            return new ActionEntry(action.kind().name(), action.campaignId(), item, action.service(), action.at(), link);
        }
    }

    /** An organizer's note. */
    public record NoteEntry(String text, Instant at) {
    }
}
