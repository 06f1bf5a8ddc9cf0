package org.plaza.outreach.volunteer;

import java.time.Instant;
import java.util.List;

import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.VolunteerRegistered;
import org.plaza.events.outreach.VolunteerRegistered.AgeGroup;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A volunteer: their contact details and profile, which stay in this service. One per person: the
 * {@code supporterId} (the keyed pseudonym of the canonical email, or of the phone number when only a
 * phone was given) is unique. Events carry the pseudonym and the profile codes, never the contact details.
 */
@Document("volunteers")
public class Volunteer extends OutboxAggregate {

    /** The reserved domain whose addresses stand for phone numbers when a volunteer gave no email. */
    public static final String PHONE_DOMAIN = "phone.plaza.invalid";

    @Id
    private final String id;
    @Indexed(unique = true)
    private final String supporterId;
    private final String name;
    private final String email;
    private final String phone;
    private final String preferredLanguage;
    private final String community;
    private final List<SpokenLanguage> languages;
    private final String otherLanguage;
    private final List<Skill> skills;
    private final List<Availability> availability;
    private final AgeGroup ageGroup;
    private final String guardianName;
    private final String guardianContact;
    private final boolean contactConsent;
    private final String source;
    private final String campaignId;
    private final Instant registeredAt;

    @PersistenceCreator
    Volunteer(String id, String supporterId, String name, String email, String phone, String preferredLanguage,
            String community, List<SpokenLanguage> languages, String otherLanguage, List<Skill> skills,
            List<Availability> availability, AgeGroup ageGroup, String guardianName, String guardianContact,
            boolean contactConsent, String source, String campaignId, Instant registeredAt) {
        this.id = id;
        this.supporterId = supporterId;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.preferredLanguage = preferredLanguage;
        this.community = community;
        this.languages = languages == null ? List.of() : List.copyOf(languages);
        this.otherLanguage = otherLanguage;
        this.skills = skills == null ? List.of() : List.copyOf(skills);
        this.availability = availability == null ? List.of() : List.copyOf(availability);
        this.ageGroup = ageGroup;
        this.guardianName = guardianName;
        this.guardianContact = guardianContact;
        this.contactConsent = contactConsent;
        this.source = source;
        this.campaignId = campaignId;
        this.registeredAt = registeredAt;
    }

    /** Registers a checked application and announces it. */
    static Volunteer register(String id, String supporterId, VolunteerApplication application, String phone,
            String source, Instant at) {
        boolean youth = application.ageGroup() == AgeGroup.YOUTH;
        Volunteer volunteer = new Volunteer(id, supporterId, application.name().strip(), strip(application.email()), phone,
                application.preferredLanguage(), application.community(), application.languages(),
                application.languages().contains(SpokenLanguage.OTHER) ? strip(application.otherLanguage()) : null,
                application.skills(), application.availability(), application.ageGroup(),
                youth ? strip(application.guardianName()) : null, youth ? strip(application.guardianContact()) : null,
                application.contactConsent(), source, blankToNull(application.campaignId()), at);
        volunteer.raise(new VolunteerRegistered(id, supporterId, volunteer.campaignId, volunteer.community,
                volunteer.languageCodes(), volunteer.skills.stream().map(Enum::name).toList(), volunteer.ageGroup, source,
                volunteer.contactConsent, at));
        return volunteer;
    }

    /** Asks the notifications service for a message to this volunteer, saved with them (outbox). */
    void notify(NotificationRequested request) {
        raise(request);
    }

    /** The ISO 639-1 codes of the languages they speak (another language is not a code and stays here). */
    public List<String> languageCodes() {
        return languages.stream().flatMap(l -> l.isoCode().stream()).toList();
    }

    /** Whether they speak at least one of {@code codes}; true when none is needed. */
    public boolean speaksAnyOf(List<String> codes) {
        return codes == null || codes.isEmpty() || codes.stream().anyMatch(languageCodes()::contains);
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String id() {
        return id;
    }

    public String supporterId() {
        return supporterId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public String community() {
        return community;
    }

    public List<SpokenLanguage> languages() {
        return languages;
    }

    public String otherLanguage() {
        return otherLanguage;
    }

    public List<Skill> skills() {
        return skills;
    }

    public List<Availability> availability() {
        return availability;
    }

    public AgeGroup ageGroup() {
        return ageGroup;
    }

    public String guardianName() {
        return guardianName;
    }

    public String guardianContact() {
        return guardianContact;
    }

    public boolean contactConsent() {
        return contactConsent;
    }

    public String source() {
        return source;
    }

    public String campaignId() {
        return campaignId;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
