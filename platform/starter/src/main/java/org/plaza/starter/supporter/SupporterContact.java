package org.plaza.starter.supporter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.events.supporters.SupporterContactShared.Consent;
import org.springframework.context.MessageSource;

/**
 * Builds the {@link SupporterContactShared} a service raises in its outbox when a resident's action is confirmed,
 * field by name, the same way in every service:
 *
 * <pre>{@code
 * SupporterContact.builder().action("petitions", ContactSource.PETITION_SIGNATURE, signature.id())
 *         .supporterId(signature.supporterId()).campaignId(campaignId).itemId(petitionId)
 *         .contact(email, fullName).locale("es").community("MECCA")
 *         .consent(UPDATES.answer(signature.updatesOptIn(), messages, "es"))
 *         .sharedAt(verifiedAt).build();
 * }</pre>
 *
 * The {@code shareId} is {@code <service>:<source>:<action id>}, so the same action handed over again (a retry, a
 * replayed outbox) is recorded once. Required: the action, the supporter id, an email or a mobile number, the
 * locale and the time. A blank name or community is left out; a phone is written in E.164 ({@code +} and 7 to 15
 * digits, from digits with or without the {@code +}) and left out when it is not one, since the action is confirmed
 * already and must not fail on it. A resident who gave only a mobile number ({@code contact(null, name)}) is handed
 * over with it, and the SMS consent of the form ({@link FormConsent#sms}). A form's SMS checkbox counts only for a
 * resident who gave a number: {@link #textConsent} records the answer only when the hand-over carries one.
 */
public final class SupporterContact {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private String sourceService;
    private ContactSource source;
    private String actionId;
    private String supporterId;
    private String campaignId;
    private String itemId;
    private String email;
    private String displayName;
    private String phone;
    private String locale;
    private String community;
    private final List<Answer> consents = new ArrayList<>();
    private Instant sharedAt;

    private SupporterContact() {
    }

    /** An empty hand-over to fill in. */
    public static SupporterContact builder() {
        return new SupporterContact();
    }

    /** The idempotency key of a confirmed action: {@code <service>:<source>:<action id>}. */
    public static String shareId(String sourceService, ContactSource source, String actionId) {
        return sourceService + ":" + source.name() + ":" + actionId;
    }

    /** Who took the details, through what, and the id of that action (the signature, comment, sign-up…). */
    public SupporterContact action(String sourceService, ContactSource source, String actionId) {
        this.sourceService = sourceService;
        this.source = source;
        this.actionId = actionId;
        return this;
    }

    public SupporterContact supporterId(String supporterId) {
        this.supporterId = supporterId;
        return this;
    }

    public SupporterContact campaignId(String campaignId) {
        this.campaignId = campaignId;
        return this;
    }

    /** The petition, drive or shift the action was taken on. */
    public SupporterContact itemId(String itemId) {
        this.itemId = itemId;
        return this;
    }

    /** The address as the resident typed it (null or blank when they gave only a mobile number), and their name. */
    public SupporterContact contact(String email, String displayName) {
        this.email = blankToNull(email);
        this.displayName = blankToNull(displayName);
        return this;
    }

    /** A mobile number in E.164, or its digits with the country code; anything else is left out. */
    public SupporterContact phone(String phone) {
        String value = blankToNull(phone);
        if (value != null && !value.startsWith("+")) {
            value = "+" + value;
        }
        this.phone = value != null && E164.matcher(value).matches() ? value : null;
        return this;
    }

    /** The resident's language, {@code es} or {@code en}. */
    public SupporterContact locale(String locale) {
        this.locale = locale;
        return this;
    }

    public SupporterContact community(String community) {
        this.community = blankToNull(community);
        return this;
    }

    /** One answer to a checkbox the form showed; add one per checkbox, granted or not. */
    public SupporterContact consent(Consent consent) {
        this.consents.add(new Answer(consent, false));
        return this;
    }

    /**
     * The answer to the form's own SMS checkbox, worded as {@code box} renders in {@code language}: recorded only when
     * the hand-over carries a mobile number (an SMS consent without a number reaches nobody), wherever {@link #phone}
     * is called, and in the order the consents were added.
     *
     * @throws IllegalArgumentException when {@code box} is not an SMS checkbox
     */
    public SupporterContact textConsent(FormConsent box, boolean granted, MessageSource messages, String language) {
        if (box.channel() != FormConsent.Channel.SMS) {
            throw new IllegalArgumentException("Not an SMS checkbox: " + box.labelKey());
        }
        this.consents.add(new Answer(box.answer(granted, messages, language), true));
        return this;
    }

    /** When the action was confirmed. */
    public SupporterContact sharedAt(Instant sharedAt) {
        this.sharedAt = sharedAt;
        return this;
    }

    /** The event to raise; fails naming every required field that is missing. */
    public SupporterContactShared build() {
        List<String> missing = new ArrayList<>();
        require(sourceService, "sourceService", missing);
        require(source, "source", missing);
        require(actionId, "actionId", missing);
        require(supporterId, "supporterId", missing);
        require(email == null ? phone : email, "email or phone", missing);
        require(locale, "locale", missing);
        require(sharedAt, "sharedAt", missing);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("A supporter contact hand-over needs " + String.join(", ", missing));
        }
        return new SupporterContactShared(shareId(sourceService, source, actionId), supporterId, sourceService,
                source.name(), campaignId, itemId, email, displayName, phone, locale, community,
                consents.stream().filter(answer -> phone != null || !answer.needsPhone()).map(Answer::consent).toList(),
                sharedAt);
    }

    /** A consent as added, and whether it counts only with a mobile number. */
    private record Answer(Consent consent, boolean needsPhone) {
    }

    private static void require(Object value, String name, List<String> missing) {
        if (value == null) {
            missing.add(name);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
