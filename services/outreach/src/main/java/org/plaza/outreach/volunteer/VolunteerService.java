package org.plaza.outreach.volunteer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.outreach.access.Campaigns;
import org.plaza.outreach.support.LinkSecrets;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.Mail;
import org.plaza.outreach.support.OutreachSettings;
import org.plaza.starter.id.Ids;
import org.plaza.starter.mongo.Retries;
import org.plaza.starter.notification.NotificationRequest;
import org.plaza.starter.phone.CanonicalPhone;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.invitation.VolunteerInvitation;
import org.plaza.starter.invitation.VolunteerInvitations;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.supporter.SupporterIds;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Registers volunteers with double opt-in. A sign-up with an email only asks for the address to be confirmed:
 * the same answer and the same email whether the person is new or already a volunteer, and nothing is created
 * or changed until the link in that email is used. Confirming creates the volunteer (or finds the one already
 * there, whose profile an unauthenticated request never changes), issues their personal link and hands their
 * details to the supporters service (with the request's confirmation, in the same write). A sign-up with a mobile
 * number and no email gets the same confirmation link by text message (the person is the keyed hash of the number in
 * E.164, the starter's {@code PhoneNumbers}), within the same per-person limit; nothing is created before the link
 * from that text is used.
 */
@Service
public class VolunteerService {

    /** The notifications template of the confirmation email ({@code confirmUrl}, optional {@code validFor}). */
    public static final String CONFIRMATION_TEMPLATE = "outreach.volunteer-confirmation";
    private static final int ATTEMPTS = 10;
    private static final Duration DAY = Duration.ofHours(24);

    private final Volunteers volunteers;
    private final Enrolments enrolments;
    private final VolunteerRules rules;
    private final SupporterIds supporterIds;
    private final PhoneNumbers phones;
    private final VolunteerInvitations invitations;
    private final Campaigns campaigns;
    private final PersonalLinks personalLinks;
    private final Links links;
    private final OutreachSettings settings;
    private final MessageSource messages;
    private final Clock clock;
    private final MeterRegistry meters;
    private final VolunteerContact contact;

    VolunteerService(Volunteers volunteers, Enrolments enrolments, VolunteerRules rules, SupporterIds supporterIds,
            PhoneNumbers phones, VolunteerInvitations invitations, Campaigns campaigns, PersonalLinks personalLinks, Links links,
            OutreachSettings settings, MessageSource messages, Clock clock, MeterRegistry meters,
            VolunteerContact contact) {
        this.volunteers = volunteers;
        this.enrolments = enrolments;
        this.rules = rules;
        this.supporterIds = supporterIds;
        this.phones = phones;
        this.invitations = invitations;
        this.campaigns = campaigns;
        this.personalLinks = personalLinks;
        this.links = links;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        this.meters = meters;
        this.contact = contact;
    }

    /**
     * What a sign-up led to. The requester is told only {@code byEmail} (whether they gave an email, so whether
     * to look for one), which depends on what they typed, never on who is registered.
     *
     * @param confirmationToken the token the confirmation email carries; null when no email was sent. Never shown
     *                          to the requester (only the mailbox proves the address)
     */
    public record Received(boolean byEmail, String confirmationToken, boolean byText) {

        Received(boolean byEmail, String confirmationToken) {
            this(byEmail, confirmationToken, false);
        }
    }

    /**
     * A confirmed sign-up.
     *
     * @param link    a fresh personal link for the volunteer
     * @param shiftId the shift the sign-up form came from, if any
     */
    public record Confirmed(Volunteer volunteer, PersonalLinks.Link link, String shiftId) {
    }

    /**
     * Receives an application: asks for the email (or, without one, the mobile number) to be confirmed, at most
     * {@code confirmation.max-per-day} messages per person.
     *
     * @param shiftId the shift the form came from, shown on the volunteer's page once confirmed; may be null
     * @throws PlazaProblem a validation problem listing the fields, when the application breaks a rule
     */
    public Received apply(VolunteerApplication application, String shiftId) {
        List<FieldError> errors = rules.check(application);
        if (!errors.isEmpty()) {
            PlazaProblem problem = PlazaProblem.badRequest("validation", "plaza.problem.validation");
            errors.forEach(error -> problem.withFieldError(error.field(), error.messageKey()));
            throw problem;
        }
        Instant now = clock.instant();
        boolean byEmail = application.email() != null && !application.email().isBlank();
        CanonicalPhone canonicalPhone = application.phone() == null || application.phone().isBlank() ? null
                : phones.canonical(application.phone());
        String phone = canonicalPhone == null ? null : canonicalPhone.value();
        String supporterId = byEmail ? supporterIds.supporterId(application.email())
                : supporterIds.supporterId(canonicalPhone);
        Optional<VolunteerInvitation> invitation = invitations.read(application.invitation());
        String source = invitation.map(i -> i.supporterId().equals(supporterId) ? i.source() : "INVITATION").orElse("DIRECT");
        String campaignId = invitation.map(VolunteerInvitation::campaignId).orElse(application.campaignId());
        if (campaignId != null && !campaigns.existsById(campaignId)) {
            campaignId = null;
        }
        VolunteerApplication resolved = new VolunteerApplication(application.name(), application.email(), phone,
                application.preferredLanguage(), application.community(), application.languages(),
                application.otherLanguage(), application.skills(), application.availability(), application.ageGroup(),
                application.guardianName(), application.guardianContact(), application.guardianConsent(),
                application.contactConsent(), campaignId, null, application.textOptIn() && phone != null);
        Optional<Volunteer> known = volunteers.findBySupporterId(supporterId);
        if (enrolments.countBySupporterIdAndRequestedAtAfter(supporterId, now.minus(DAY)) >= settings.confirmation().maxPerDay()) {
            meters.counter("plaza.outreach.volunteers.applications", "outcome", "throttled").increment();
            return new Received(byEmail, null, !byEmail);
        }
        String id = Ids.next("enr", now);
        Enrolment.Issued issued = Enrolment.request(id, supporterId, resolved, source, shortOrNull(shiftId),
                formLanguage(resolved), now, settings.confirmation().ttl());
        Optional<Volunteer> addressee = known.filter(v -> !v.anonymized());
        String language = addressee.map(Volunteer::preferredLanguage).orElse(resolved.preferredLanguage());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("confirmUrl", UriComponentsBuilder.fromUriString(links.publicBase()).path("/outreach/volunteer/confirm")
                .queryParam("token", issued.token()).queryParam("lang", language).build().encode().toUriString());
        parameters.put("validFor", validFor(language));
        String greeting = addressee.map(Volunteer::name).orElse(resolved.name().strip());
        NotificationRequest confirmation = Mail.request("outreach:" + id + ":confirmation")
                .category(NotificationCategory.TRANSACTIONAL).templateKey(CONFIRMATION_TEMPLATE).locale(language);
        if (byEmail) {
            confirmation.recipient(resolved.email().strip(), greeting);
        } else {
            confirmation.textTo(phone, greeting);
        }
        issued.enrolment().notify(confirmation.templateParameters(parameters).campaignId(campaignId)
                .supporterId(supporterId).relatedIds(List.of(id)).requestedAt(now).build());
        enrolments.save(issued.enrolment());
        meters.counter("plaza.outreach.volunteers.applications", "outcome",
                byEmail ? "confirmation-sent" : "confirmation-texted").increment();
        return new Received(byEmail, issued.token(), !byEmail);
    }

    /** Whether a confirmation link still works (its page shows the confirm button only then). */
    public boolean confirmable(String token) {
        return enrolment(token).isPresent();
    }

    /**
     * Uses a confirmation link, once: creates the volunteer, or finds the one already registered with the address
     * (an anonymized one gets the contact details of this sign-up back), and issues a fresh personal link.
     *
     * @return empty for a link that is unknown, altered, expired or already used
     */
    public Optional<Confirmed> confirm(String token) {
        Optional<Enrolment> found = enrolment(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Enrolment enrolment = found.get();
        Instant now = clock.instant();
        VolunteerApplication application = enrolment.confirm(now);
        enrolment.handOver(contact.signup(enrolment, application, now));
        try {
            enrolments.save(enrolment);
        } catch (OptimisticLockingFailureException usedMeanwhile) {
            return Optional.empty();
        }
        Volunteer volunteer = volunteers.findBySupporterId(enrolment.supporterId())
                .map(known -> update(known.id(), v -> {
                    if (v.anonymized()) {
                        v.reinstate(application, application.phone(), now);
                    } else {
                        v.active(now);
                    }
                }))
                .orElseGet(() -> create(enrolment.supporterId(), application, enrolment.source(), now));
        meters.counter("plaza.outreach.volunteers.applications", "outcome", "confirmed").increment();
        return Optional.of(new Confirmed(volunteer, personalLinks.issue(volunteer), enrolment.shiftId()));
    }

    /** Revokes every personal link of the volunteer and issues a new one (they asked from their page). */
    public PersonalLinks.Link renewLink(String volunteerId) {
        Instant now = clock.instant();
        return personalLinks.issue(update(volunteerId, v -> {
            v.revokeLinks();
            v.active(now);
        }));
    }

    /** Revokes every personal link of the volunteer (they asked from their page); a new one needs their email. */
    public void revokeLinks(String volunteerId) {
        update(volunteerId, Volunteer::revokeLinks);
    }

    /** Revokes every personal link of the volunteer on an organizer's or administrator's behalf, audited. */
    public void revokeLinksByStaff(String volunteerId, String staffId, String campaignId) {
        Instant now = clock.instant();
        update(volunteerId, v -> v.revokeLinksByStaff(staffId, campaignId, now));
    }

    /** Records that the volunteer took part at {@code at} (the end of a shift), which restarts the retention clock. */
    public void recordActivity(String volunteerId, Instant at) {
        update(volunteerId, v -> v.active(at));
    }

    private Volunteer create(String supporterId, VolunteerApplication application, String source, Instant now) {
        Volunteer volunteer = Volunteer.register(Ids.next("vol", now), supporterId, application, application.phone(),
                source, now);
        try {
            Volunteer saved = volunteers.save(volunteer);
            meters.counter("plaza.outreach.volunteers.registered", "source", source).increment();
            return saved;
        } catch (DuplicateKeyException raced) {
            return volunteers.findBySupporterId(supporterId).orElseThrow(() -> raced);
        }
    }

    /** Loads, changes and saves a volunteer, deciding again when another writer changed it in between. */
    Volunteer update(String volunteerId, Consumer<Volunteer> change) {
        return Retries.onConflict(ATTEMPTS, () -> {
            Volunteer volunteer = volunteers.findById(volunteerId)
                    .orElseThrow(() -> PlazaProblem.notFound("volunteer-not-found", "outreach.problem.volunteer-not-found"));
            change.accept(volunteer);
            return volunteers.save(volunteer);
        });
    }

    private Optional<Enrolment> enrolment(String token) {
        Instant now = clock.instant();
        return LinkSecrets.split(token).flatMap(parts -> enrolments.findById(parts[0]).filter(e -> e.opens(parts[1], now)));
    }

    private String validFor(String language) {
        long hours = Math.max(1, settings.confirmation().ttl().toHours());
        Locale locale = Locale.forLanguageTag(language == null ? "es" : language);
        return hours >= 48 && hours % 24 == 0
                ? messages.getMessage("volunteer.mail.valid-days", new Object[] { hours / 24 }, locale)
                : messages.getMessage("volunteer.mail.valid-hours", new Object[] { hours }, locale);
    }

    /** The language the form was shown in (the request's), which the recorded wording of its consent is in. */
    private String formLanguage(VolunteerApplication application) {
        String shown = LocaleContextHolder.getLocale().getLanguage();
        return rules.isSiteLanguage(shown) ? shown : application.preferredLanguage();
    }

    private static String shortOrNull(String value) {
        return value == null || value.isBlank() || value.length() > 64 ? null : value;
    }
}
