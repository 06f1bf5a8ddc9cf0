package org.plaza.outreach.volunteer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plaza.outreach.access.Campaigns;
import org.plaza.starter.invitation.VolunteerInvitation;
import org.plaza.starter.invitation.VolunteerInvitations;
import org.plaza.outreach.support.Ids;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.Links.Kind;
import org.plaza.outreach.support.Mail;
import org.plaza.outreach.support.OutreachSettings;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.supporter.SupporterIds;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Registers volunteers. One person is one volunteer: a second sign-up with the same email (or phone) does
 * not change the profile or reveal it; the person is sent their personal link instead.
 */
@Service
public class VolunteerService {

    private final Volunteers volunteers;
    private final VolunteerRules rules;
    private final SupporterIds supporterIds;
    private final VolunteerInvitations invitations;
    private final Campaigns campaigns;
    private final Links links;
    private final OutreachSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    VolunteerService(Volunteers volunteers, VolunteerRules rules, SupporterIds supporterIds, VolunteerInvitations invitations,
            Campaigns campaigns, Links links, OutreachSettings settings, Clock clock, MeterRegistry meters) {
        this.volunteers = volunteers;
        this.rules = rules;
        this.supporterIds = supporterIds;
        this.invitations = invitations;
        this.campaigns = campaigns;
        this.links = links;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * The outcome of a sign-up: the volunteer, whether this sign-up created them, and whether their personal
     * link is being emailed to them (never for a phone-only volunteer, or without a welcome template).
     */
    public record Registration(Volunteer volunteer, boolean created, boolean linkSent) {
    }

    /**
     * Registers the application, or recognises the person.
     *
     * @throws PlazaProblem a validation problem listing the fields, when the application breaks a rule
     */
    public Registration register(VolunteerApplication application) {
        List<FieldError> errors = rules.check(application);
        if (!errors.isEmpty()) {
            PlazaProblem problem = PlazaProblem.badRequest("validation", "plaza.problem.validation");
            errors.forEach(error -> problem.withFieldError(error.field(), error.messageKey()));
            throw problem;
        }
        Instant now = clock.instant();
        String phone = application.phone() == null || application.phone().isBlank() ? null
                : VolunteerRules.normalizePhone(application.phone());
        String supporterId = application.email() != null && !application.email().isBlank()
                ? supporterIds.supporterId(application.email())
                : supporterIds.supporterId("tel-" + phone + "@" + Volunteer.PHONE_DOMAIN);
        Optional<Volunteer> existing = volunteers.findBySupporterId(supporterId);
        if (existing.isPresent()) {
            return recognised(existing.get(), now);
        }
        Optional<VolunteerInvitation> invitation = invitations.read(application.invitation());
        String source = invitation.map(i -> i.supporterId().equals(supporterId) ? i.source() : "INVITATION").orElse("DIRECT");
        String campaignId = invitation.map(VolunteerInvitation::campaignId).orElse(application.campaignId());
        if (campaignId != null && !campaigns.existsById(campaignId)) {
            campaignId = null;
        }
        VolunteerApplication withCampaign = new VolunteerApplication(application.name(), application.email(), phone,
                application.preferredLanguage(), application.community(), application.languages(),
                application.otherLanguage(), application.skills(), application.availability(), application.ageGroup(),
                application.guardianName(), application.guardianContact(), application.guardianConsent(),
                application.contactConsent(), campaignId, null);
        String id = Ids.next("vol", now);
        Volunteer volunteer = Volunteer.register(id, supporterId, withCampaign, phone, source, now);
        boolean linkSent = welcome(volunteer, "welcome", now);
        try {
            Volunteer saved = volunteers.save(volunteer);
            meters.counter("plaza.outreach.volunteers.registered", "source", source).increment();
            return new Registration(saved, true, linkSent);
        } catch (DuplicateKeyException raced) {
            return volunteers.findBySupporterId(supporterId).map(v -> recognised(v, now)).orElseThrow(() -> raced);
        }
    }

    private Registration recognised(Volunteer volunteer, Instant now) {
        boolean linkSent = welcome(volunteer, "link:" + LocalDate.ofInstant(now, settings.timeZone()), now);
        if (linkSent) {
            volunteers.save(volunteer);
        }
        meters.counter("plaza.outreach.volunteers.registered", "source", "ALREADY_REGISTERED").increment();
        return new Registration(volunteer, false, linkSent);
    }

    /** Asks for the email with the volunteer's personal link (at most one per volunteer and purpose). */
    private boolean welcome(Volunteer volunteer, String purpose, Instant now) {
        if (!volunteer.hasEmail() || settings.welcomeTemplate().isBlank()) {
            return false;
        }
        volunteer.notify(Mail.request("outreach:" + volunteer.id() + ":" + purpose, Mail.Category.TRANSACTIONAL,
                settings.welcomeTemplate(), volunteer.preferredLanguage(), volunteer.email(), volunteer.name(),
                Map.of("volunteerUrl", links.url(Kind.VOLUNTEER, volunteer.id())), volunteer.campaignId(),
                volunteer.supporterId(), List.of(volunteer.id()), null, null, now));
        return true;
    }
}
