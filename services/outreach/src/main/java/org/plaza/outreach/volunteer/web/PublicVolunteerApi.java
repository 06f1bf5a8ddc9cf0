package org.plaza.outreach.volunteer.web;

import java.util.List;

import org.plaza.events.outreach.VolunteerRegistered.AgeGroup;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.Links.Kind;
import org.plaza.outreach.volunteer.Availability;
import org.plaza.outreach.volunteer.Skill;
import org.plaza.outreach.volunteer.SpokenLanguage;
import org.plaza.outreach.volunteer.VolunteerApplication;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.outreach.volunteer.VolunteerService.Registration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The volunteer sign-up over JSON, with the same rules and messages as the form. A new volunteer gets their
 * personal link (201); a person already registered gets 202 and nothing about the existing profile: their
 * link is emailed to them instead.
 */
@RestController
@RequestMapping("/api/public/outreach/volunteers")
class PublicVolunteerApi {

    private final VolunteerService service;
    private final Links links;

    PublicVolunteerApi(VolunteerService service, Links links) {
        this.service = service;
        this.links = links;
    }

    record VolunteerRequest(String name, String email, String phone, String preferredLanguage, String community,
            List<SpokenLanguage> languages, String otherLanguage, List<Skill> skills, List<Availability> availability,
            AgeGroup ageGroup, String guardianName, String guardianContact, boolean guardianConsent, boolean contactConsent,
            String campaignId, String invitation) {
    }

    /** @param volunteerKey the key of the personal link, which the sign-up API asks for */
    record Registered(String status, String volunteerId, String volunteerKey, String personalUrl) {
    }

    @PostMapping
    ResponseEntity<Registered> register(@RequestBody VolunteerRequest request) {
        Registration registration = service.register(new VolunteerApplication(request.name(), request.email(),
                request.phone(), request.preferredLanguage(), request.community(), request.languages(),
                request.otherLanguage(), request.skills(), request.availability(), request.ageGroup(),
                request.guardianName(), request.guardianContact(), request.guardianConsent(), request.contactConsent(),
                request.campaignId(), request.invitation()));
        if (!registration.created()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Registered("ALREADY_REGISTERED", null, null, null));
        }
        String id = registration.volunteer().id();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Registered("REGISTERED", id, links.key(Kind.VOLUNTEER, id), links.url(Kind.VOLUNTEER, id)));
    }
}
