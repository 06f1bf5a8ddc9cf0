package org.plaza.outreach.signup.web;


import org.plaza.events.outreach.ShiftCancelled.CancelledBy;
import org.plaza.outreach.shift.Seats;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.signup.SignupService;
import org.plaza.outreach.signup.Signups;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.Links.Kind;
import org.plaza.outreach.volunteer.PersonalLinks;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-ups over JSON, for the same volunteers as the pages: a volunteer proves who they are with the key
 * of their personal link, and a sign-up is managed with the key of its own link.
 */
@RestController
@RequestMapping("/api/public/outreach")
class PublicSignupApi {

    private final SignupService service;
    private final Signups signups;
    private final Seats seats;
    private final Links links;
    private final PersonalLinks personalLinks;

    PublicSignupApi(SignupService service, Signups signups, Seats seats, Links links, PersonalLinks personalLinks) {
        this.service = service;
        this.signups = signups;
        this.seats = seats;
        this.links = links;
        this.personalLinks = personalLinks;
    }

    /** @param volunteerKey the key of the volunteer's personal link */
    record SignupRequest(String volunteerId, String volunteerKey, String role) {
    }

    /** @param key the key of the sign-up's personal link */
    record CancelRequest(String key) {
    }

    @PostMapping("/shifts/{shiftId}/signups")
    ResponseEntity<SignupView> signUp(@PathVariable String shiftId, @RequestBody SignupRequest request) {
        if (personalLinks.open(request.volunteerId(), request.volunteerKey()).isEmpty()) {
            throw PlazaProblem.notFound("volunteer-not-found", "outreach.problem.volunteer-not-found");
        }
        Signup signup = service.signUp(shiftId, request.volunteerId(), request.role());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(signup));
    }

    @GetMapping("/signups/{signupId}")
    SignupView signup(@PathVariable String signupId, @RequestParam String key) {
        return view(opened(signupId, key));
    }

    @PostMapping("/signups/{signupId}/cancel")
    SignupView cancel(@PathVariable String signupId, @RequestBody CancelRequest request) {
        opened(signupId, request.key());
        return view(service.cancel(signupId, CancelledBy.VOLUNTEER, null));
    }

    private Signup opened(String signupId, String key) {
        if (!links.opens(Kind.SIGNUP, signupId, key)) {
            throw PlazaProblem.notFound("signup-not-found", "outreach.problem.signup-not-found");
        }
        return signups.findById(signupId)
                .orElseThrow(() -> PlazaProblem.notFound("signup-not-found", "outreach.problem.signup-not-found"));
    }

    private SignupView view(Signup signup) {
        return SignupView.of(signup, seats.ledger(signup.shiftId()).orElse(null), links.url(Kind.SIGNUP, signup.id()));
    }
}
