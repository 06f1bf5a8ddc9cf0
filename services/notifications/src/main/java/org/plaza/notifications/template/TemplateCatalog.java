package org.plaza.notifications.template;

import static org.plaza.notifications.template.Category.CAMPAIGN_UPDATES;
import static org.plaza.notifications.template.Category.INVITATIONS;
import static org.plaza.notifications.template.Category.PUBLIC_BODY_DELIVERY;
import static org.plaza.notifications.template.Category.REMINDERS;
import static org.plaza.notifications.template.Category.TRANSACTIONAL;
import static org.plaza.notifications.template.MessageTemplate.AttachmentRule.NONE;
import static org.plaza.notifications.template.MessageTemplate.AttachmentRule.OPTIONAL;
import static org.plaza.notifications.template.MessageTemplate.AttachmentRule.REQUIRED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plaza.notifications.template.MessageTemplate.AttachmentRule;
import org.springframework.stereotype.Component;

/**
 * Every message the service can send. The README lists the same keys and parameters for the
 * services that request them; {@code TemplatesTest} renders each in both languages.
 */
@Component
public class TemplateCatalog {

    private static final List<String> SHIFT = List.of("shiftTitle", "startsAt", "place", "manageUrl");
    private static final List<String> MEETING = List.of("meetingTitle", "startsAt", "place", "directionsUrl", "calendarUrl",
            "manageUrl");

    private final Map<String, MessageTemplate> templates = new LinkedHashMap<>();
    private final Map<String, List<String>> texts = new LinkedHashMap<>();

    public TemplateCatalog() {
        add("petitions.signature-verification", TRANSACTIONAL, List.of("petitionTitle", "code", "confirmUrl"),
                List.of("validFor"), List.of("petitionTitle"), NONE);
        add("petitions.already-signed", TRANSACTIONAL, List.of("petitionTitle", "petitionUrl"), List.of(),
                List.of("petitionTitle"), NONE);
        add("petitions.update", CAMPAIGN_UPDATES, List.of("petitionTitle", "updateTitle", "updateText", "petitionUrl"),
                List.of(), List.of("petitionTitle"), NONE);
        add("petitions.decision-maker-response", CAMPAIGN_UPDATES,
                List.of("petitionTitle", "decisionMaker", "responseText", "petitionUrl"), List.of(),
                List.of("decisionMaker"), NONE);

        add("comments.comment-confirmation", TRANSACTIONAL,
                List.of("itemTitle", "publicBody", "code", "confirmUrl"), List.of("deadline", "manageUrl", "commentText"),
                List.of("publicBody"), NONE);
        add("comments.closing-soon", CAMPAIGN_UPDATES, List.of("itemTitle", "publicBody", "deadline", "driveUrl"),
                List.of(), List.of("publicBody"), NONE);
        add("comments.packet-delivery", PUBLIC_BODY_DELIVERY,
                List.of("itemTitle", "agendaItem", "meetingDate", "commentCount"), List.of("publicBody", "speakerCount"),
                List.of("agendaItem", "meetingDate"), REQUIRED);

        add("outreach.volunteer-confirmation", TRANSACTIONAL, List.of("confirmUrl"), List.of("validFor"), List.of(), NONE);
        add("outreach.volunteer-invitation", INVITATIONS, List.of("signupUrl"), List.of("campaignTitle"),
                List.of(), NONE);
        add("outreach.shift-invitation", INVITATIONS, List.of("shiftTitle", "startsAt", "place", "signupUrl"),
                List.of(), List.of("shiftTitle"), NONE);
        add("outreach.shift-confirmation", TRANSACTIONAL, SHIFT, List.of(), List.of("shiftTitle"), NONE);
        add("outreach.shift-reminder-24h", REMINDERS, SHIFT, List.of(), List.of("shiftTitle"), NONE);
        add("outreach.shift-reminder-2h", REMINDERS, SHIFT, List.of(), List.of("shiftTitle"), NONE);
        add("outreach.shift-waitlisted", TRANSACTIONAL, List.of("shiftTitle", "startsAt", "waitlistPosition", "manageUrl"),
                List.of("place"), List.of("shiftTitle"), NONE);
        add("outreach.waitlist-promotion", TRANSACTIONAL, SHIFT, List.of(), List.of("shiftTitle"), NONE);
        add("outreach.training-certificate", TRANSACTIONAL, List.of("trainingTitle", "certificateUrl"), List.of(),
                List.of("trainingTitle"), OPTIONAL);
        add("outreach.meeting-rsvp-confirmation", TRANSACTIONAL, List.of("meetingTitle", "startsAt", "confirmUrl"),
                List.of("validFor"), List.of("meetingTitle"), NONE);
        add("outreach.meeting-confirmation", TRANSACTIONAL, MEETING, List.of(), List.of("meetingTitle"), OPTIONAL);
        add("outreach.meeting-reminder-24h", REMINDERS, MEETING, List.of(), List.of("meetingTitle"), NONE);
        add("outreach.meeting-reminder-2h", REMINDERS, MEETING, List.of(), List.of("meetingTitle"), NONE);
        add("outreach.meeting-waitlisted", TRANSACTIONAL,
                List.of("meetingTitle", "startsAt", "place", "waitlistPosition", "manageUrl"), List.of(),
                List.of("meetingTitle"), NONE);
        add("outreach.meeting-promotion", TRANSACTIONAL, MEETING, List.of(), List.of("meetingTitle"), OPTIONAL);
        add("outreach.meeting-updated", TRANSACTIONAL, MEETING, List.of("waitlistPosition"), List.of("meetingTitle"),
                OPTIONAL);
        add("outreach.meeting-cancelled", TRANSACTIONAL, List.of("meetingTitle", "startsAt", "place"),
                List.of("calendarUrl"), List.of("meetingTitle"), OPTIONAL);

        add("supporters.my-data-code", TRANSACTIONAL, List.of("code", "myDataUrl"), List.of("validFor"), List.of(), NONE);
        add("supporters.broadcast", CAMPAIGN_UPDATES, List.of("subject", "body"), List.of("campaignTitle"),
                List.of("subject"), NONE);

        text("petitions.signature-verification", "code", "petitionTitle");
        text("petitions.already-signed", "petitionTitle");
        text("comments.comment-confirmation", "code", "itemTitle");
        text("supporters.my-data-code", "code");
        text("outreach.volunteer-confirmation", "confirmUrl");
        text("outreach.volunteer-invitation", "signupUrl");
        text("outreach.shift-invitation", "shiftTitle", "startsAt", "signupUrl");
        text("outreach.shift-confirmation", "shiftTitle", "startsAt", "place");
        text("outreach.shift-reminder-24h", "shiftTitle", "startsAt", "place");
        text("outreach.shift-reminder-2h", "shiftTitle", "startsAt", "place");
        text("outreach.shift-waitlisted", "shiftTitle", "startsAt", "waitlistPosition");
        text("outreach.waitlist-promotion", "shiftTitle", "startsAt", "place");
        text("supporters.broadcast", "body");
        text("petitions.update", "petitionTitle", "updateTitle", "petitionUrl");
        text("petitions.decision-maker-response", "decisionMaker", "petitionTitle", "petitionUrl");
        text("comments.closing-soon", "publicBody", "deadline", "driveUrl");
        text("outreach.training-certificate", "trainingTitle", "certificateUrl");
        text("outreach.meeting-rsvp-confirmation", "meetingTitle", "confirmUrl");
        text("outreach.meeting-confirmation", "meetingTitle", "startsAt", "place", "manageUrl");
        text("outreach.meeting-reminder-24h", "meetingTitle", "startsAt", "place", "directionsUrl");
        text("outreach.meeting-reminder-2h", "meetingTitle", "startsAt", "place", "directionsUrl");
        text("outreach.meeting-waitlisted", "meetingTitle", "startsAt", "waitlistPosition");
        text("outreach.meeting-promotion", "meetingTitle", "startsAt", "place", "manageUrl");
        text("outreach.meeting-updated", "meetingTitle", "startsAt", "place", "manageUrl");
        text("outreach.meeting-cancelled", "meetingTitle", "startsAt");
    }

    /**
     * Gives a template a text-message variant: {@code sms.<key>} in the bundles, a {@link java.text.MessageFormat}
     * pattern whose {0} is the organization and {1}, {2}… the {@code arguments}, in this order.
     */
    private void text(String key, String... arguments) {
        if (!templates.containsKey(key)) {
            throw new IllegalStateException("No template " + key);
        }
        texts.put(key, List.of(arguments));
    }

    /** The parameters a template's text message shows, in order; empty when it has no text-message variant. */
    public Optional<List<String>> textArguments(MessageTemplate template) {
        return Optional.ofNullable(texts.get(template.key()));
    }

    private void add(String key, Category category, List<String> required, List<String> optional,
            List<String> subjectArguments, AttachmentRule attachment) {
        templates.put(key, new MessageTemplate(key, category, required, optional, subjectArguments, attachment));
    }

    public Optional<MessageTemplate> find(String key) {
        return Optional.ofNullable(key).map(templates::get);
    }

    public List<MessageTemplate> all() {
        return List.copyOf(templates.values());
    }
}
