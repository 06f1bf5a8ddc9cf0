package org.plaza.outreach.volunteer.web;

import java.time.Instant;
import java.util.List;

import org.plaza.events.outreach.VolunteerRegistered.AgeGroup;
import org.plaza.outreach.volunteer.Availability;
import org.plaza.outreach.volunteer.PersonalLinks;
import org.plaza.outreach.volunteer.Skill;
import org.plaza.outreach.volunteer.SpokenLanguage;
import org.plaza.outreach.volunteer.VolunteerApplication;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The volunteer sign-up over JSON, with the same rules and messages as the form. Every valid application gets
 * 202 and the same body for a new and a known person: {@code CHECK_EMAIL} when an email was given (the personal
 * link comes only through the confirmation email), {@code RECEIVED} for a phone-only volunteer (organizers call).
 * The token from the email's link can be exchanged here for the personal link.
 */
@RestController
@RequestMapping("/api/public/outreach/volunteers")
class PublicVolunteerApi {

    private final VolunteerService service;

    PublicVolunteerApi(VolunteerService service) {
        this.service = service;
    }

    record VolunteerRequest(String name, String email, String phone, String preferredLanguage, String community,
            List<SpokenLanguage> languages, String otherLanguage, List<Skill> skills, List<Availability> availability,
            AgeGroup ageGroup, String guardianName, String guardianContact, boolean guardianConsent, boolean contactConsent,
            String campaignId, String invitation, Boolean textOptIn) {
    }

    /** @param status {@code CHECK_EMAIL} or {@code CHECK_TEXTS}, from what was typed, not from who is registered */
    record Received(String status) {
    }

    /** @param token the {@code token} of the confirmation email's link */
    record ConfirmationRequest(String token) {
    }

    /**
     * @param volunteerKey the key of the personal link, which the sign-up API asks for
     * @param expiresAt    when the personal link stops working
     */
    record Confirmed(String status, String volunteerId, String volunteerKey, String personalUrl, Instant expiresAt) {
    }

    @PostMapping
    ResponseEntity<Received> register(@RequestBody VolunteerRequest request) {
        VolunteerService.Received received = service.apply(new VolunteerApplication(request.name(), request.email(),
                request.phone(), request.preferredLanguage(), request.community(), request.languages(),
                request.otherLanguage(), request.skills(), request.availability(), request.ageGroup(),
                request.guardianName(), request.guardianContact(), request.guardianConsent(), request.contactConsent(),
                request.campaignId(), request.invitation(), Boolean.TRUE.equals(request.textOptIn())), null);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Received(received.byEmail() ? "CHECK_EMAIL" : "CHECK_TEXTS"));
    }

    @PostMapping("/confirmations")
    Confirmed confirm(@RequestBody ConfirmationRequest request) {
        PersonalLinks.Link link = service.confirm(request.token()).map(VolunteerService.Confirmed::link)
                .orElseThrow(() -> PlazaProblem.notFound("confirmation-invalid", "outreach.problem.confirmation-invalid"));
        return new Confirmed("CONFIRMED", link.volunteerId(), link.key(), link.url(), link.expiresAt());
    }
}
