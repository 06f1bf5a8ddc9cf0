package org.plaza.outreach.volunteer;

import java.time.Instant;
import java.util.List;

import org.plaza.events.identity.StaffActionAudited;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.VolunteerRegistered;
import org.plaza.events.outreach.VolunteerRegistered.AgeGroup;
import org.plaza.starter.notification.NotificationRequest;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A volunteer: their contact details and profile, which stay in this service. One per person: the
 * {@code supporterId} (the keyed pseudonym of the canonical email, or of the phone number when only a
 * phone was given) is unique. Events carry the pseudonym and the profile codes, never the contact details.
 * Their personal links carry {@code linkGeneration}: raising it revokes every link issued before. A volunteer
 * inactive for the retention period, or erased on request, is anonymized (by the starter's retention kit, see
 * {@code retention.VolunteerRetention}): name, email, phone, guardian's details and the free-text
 * language are erased, the codes (community, languages, skills, age group) stay for counts.
 */
@Document("volunteers")
public class Volunteer extends OutboxAggregate {

    @Id
    private final String id;
    @Indexed(unique = true)
    private final String supporterId;
    private String name;
    private String email;
    private String phone;
    private final String preferredLanguage;
    private final String community;
    private final List<SpokenLanguage> languages;
    private String otherLanguage;
    private final List<Skill> skills;
    private List<Availability> availability;
    private final AgeGroup ageGroup;
    private String guardianName;
    private String guardianContact;
    private boolean contactConsent;
    private boolean textOptIn;
    private final String source;
    private final String campaignId;
    private final Instant registeredAt;
    private int linkGeneration;
    @Indexed
    private Instant lastActiveAt;
    private Instant anonymizedAt;

    @PersistenceCreator
    Volunteer(String id, String supporterId, String name, String email, String phone, String preferredLanguage,
            String community, List<SpokenLanguage> languages, String otherLanguage, List<Skill> skills,
            List<Availability> availability, AgeGroup ageGroup, String guardianName, String guardianContact,
            boolean contactConsent, String source, String campaignId, Instant registeredAt, int linkGeneration,
            Instant lastActiveAt, Instant anonymizedAt, boolean textOptIn) {
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
        this.linkGeneration = linkGeneration;
        this.lastActiveAt = lastActiveAt;
        this.anonymizedAt = anonymizedAt;
        this.textOptIn = textOptIn;
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
                application.contactConsent(), source, blankToNull(application.campaignId()), at, 0, at, null,
                application.textOptIn() && phone != null);
        volunteer.raise(new VolunteerRegistered(id, supporterId, volunteer.campaignId, volunteer.community,
                volunteer.languageCodes(), volunteer.skills.stream().map(Enum::name).toList(), volunteer.ageGroup, source,
                volunteer.contactConsent, at));
        return volunteer;
    }

    /** Asks the notifications service for a message to this volunteer, saved with them (outbox). */
    void notify(NotificationRequested request) {
        raise(request);
    }

    /** They proved their address again (a confirmed sign-up) or used their page: the retention clock restarts. */
    void active(Instant at) {
        if (lastActiveAt == null || at.isAfter(lastActiveAt)) {
            lastActiveAt = at;
        }
    }

    /** Every personal link issued so far stops working. */
    void revokeLinks() {
        linkGeneration++;
    }

    /** Revoked by an organizer or administrator, who is audited. */
    void revokeLinksByStaff(String staffId, String campaignId, Instant at) {
        revokeLinks();
        raise(new StaffActionAudited(staffId, "REVOKE", "VOLUNTEER_LINK", id, campaignId, "outreach", at));
    }

    /**
     * An anonymized volunteer confirmed a new sign-up with the same address: their contact details come from it
     * (nothing else of the old profile is known any more).
     */
    void reinstate(VolunteerApplication application, String phone, Instant at) {
        boolean youth = application.ageGroup() == AgeGroup.YOUTH;
        this.name = application.name().strip();
        this.email = strip(application.email());
        this.phone = phone;
        this.otherLanguage = application.languages().contains(SpokenLanguage.OTHER) ? strip(application.otherLanguage()) : null;
        this.availability = List.copyOf(application.availability());
        this.guardianName = youth ? strip(application.guardianName()) : null;
        this.guardianContact = youth ? strip(application.guardianContact()) : null;
        this.contactConsent = application.contactConsent();
        this.textOptIn = application.textOptIn() && phone != null;
        this.anonymizedAt = null;
        active(at);
    }

    /** Whether their contact details were erased after the retention period. */
    public boolean anonymized() {
        return anonymizedAt != null;
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

    /** Whether they chose text messages for their shifts (and gave a mobile number for them). */
    public boolean prefersText() {
        return textOptIn && phone != null && !phone.isBlank();
    }

    /** Whether a message can reach them: by text when they chose it, otherwise by email. */
    public boolean reachable() {
        return prefersText() || hasEmail();
    }

    /**
     * Addresses a request to them on the channel they chose: a text to their mobile number when they asked for texts,
     * otherwise an email. Check {@link #reachable()} first.
     */
    public NotificationRequest addressedTo(NotificationRequest request) {
        return prefersText() ? request.textTo(phone.startsWith("+") ? phone : "+" + phone, name)
                : request.recipient(email, name);
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

    public int linkGeneration() {
        return linkGeneration;
    }

    /** The last time they proved their address or took part; null for volunteers saved before it was kept. */
    public Instant lastActiveAt() {
        return lastActiveAt == null ? registeredAt : lastActiveAt;
    }

    public Instant anonymizedAt() {
        return anonymizedAt;
    }
}
