package org.plaza.outreach.signup.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plaza.outreach.signup.HoursTotals;
import org.plaza.outreach.shift.Seats;
import org.plaza.outreach.shift.ShiftView;
import org.plaza.outreach.shift.ShiftViews;
import org.plaza.outreach.shift.Shifts;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.signup.SignupService;
import org.plaza.outreach.signup.Signups;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.Links.Kind;
import org.plaza.outreach.training.TrainingCompletions;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.PersonalLinks;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A volunteer's personal page, opened by the link only they have ({@link PersonalLinks}: it expires, and they
 * can renew it or revoke every link from here): their shifts (with the code to show at check-in), upcoming
 * shifts they can take, their hours and their certificates.
 */
@Controller
@RequestMapping("/outreach/me/{volunteerId}/{key}")
class VolunteerHomePage {

    /** Upcoming shifts listed at most, those in the volunteer's community first. */
    private static final int UPCOMING_SHOWN = 30;

    private final PersonalLinks personalLinks;
    private final VolunteerService registration;
    private final Signups signups;
    private final SignupService service;
    private final Shifts shifts;
    private final ShiftViews views;
    private final Seats seats;
    private final HoursTotals hours;
    private final TrainingCompletions completions;
    private final Links links;
    private final MessageSource messages;
    private final Clock clock;

    VolunteerHomePage(PersonalLinks personalLinks, VolunteerService registration, Signups signups, SignupService service, Shifts shifts, ShiftViews views,
            Seats seats, HoursTotals hours, TrainingCompletions completions, Links links, MessageSource messages, Clock clock) {
        this.personalLinks = personalLinks;
        this.registration = registration;
        this.signups = signups;
        this.service = service;
        this.shifts = shifts;
        this.views = views;
        this.seats = seats;
        this.hours = hours;
        this.completions = completions;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
    }

    /** One of the volunteer's sign-ups with its shift. */
    record MySignup(SignupView signup, ShiftView shift, String managePath) {
    }

    /** A certificate the volunteer can download. */
    record Certificate(String title, String path) {
    }

    @GetMapping
    String home(@PathVariable String volunteerId, @PathVariable String key, @RequestParam(required = false) String shift,
            @RequestParam(required = false) String welcome, @RequestParam(required = false) String renewed, Locale locale,
            Model model) {
        Volunteer volunteer = opened(volunteerId, key);
        model.addAttribute("renewed", renewed != null);
        return page(volunteer, key, shift, welcome != null, null, locale, model);
    }

    /** A new personal link; every older one (this one too) stops working. */
    @PostMapping("/link/renew")
    String renew(@PathVariable String volunteerId, @PathVariable String key) {
        opened(volunteerId, key);
        return "redirect:" + registration.renewLink(volunteerId).path() + "?renewed=1";
    }

    /** Every personal link stops working; a new one comes only through the volunteer's email. */
    @PostMapping("/link/revoke")
    String revoke(@PathVariable String volunteerId, @PathVariable String key) {
        opened(volunteerId, key);
        registration.revokeLinks(volunteerId);
        return "outreach/link-revoked";
    }

    @PostMapping("/signups")
    String signUp(@PathVariable String volunteerId, @PathVariable String key, @RequestParam String shiftId,
            @RequestParam(required = false) String role, Locale locale, Model model, HttpServletResponse response) {
        Volunteer volunteer = opened(volunteerId, key);
        try {
            Signup signup = service.signUp(shiftId, volunteerId, role);
            return "redirect:" + links.path(Kind.SIGNUP, signup.id());
        } catch (PlazaProblem refused) {
            Optional<Signup> existing = service.active(shiftId, volunteerId);
            if ("already-signed-up".equals(refused.getType()) && existing.isPresent()) {
                return "redirect:" + links.path(Kind.SIGNUP, existing.get().id());
            }
            String message = messages.getMessage(refused.getMessageKey(), refused.getArguments(), locale);
            return FormAnswers.refused(response, refused, page(volunteer, key, shiftId, false, message, locale, model));
        }
    }

    private String page(Volunteer volunteer, String key, String highlighted, boolean welcome, String refusal, Locale locale,
            Model model) {
        Instant now = clock.instant();
        List<Signup> recent = signups.findByVolunteerIdOrderByShiftStartsAtAsc(volunteer.id()).stream()
                .filter(s -> s.status() != Signup.Status.REFUSED)
                .filter(s -> s.shiftEndsAt().isAfter(now.minusSeconds(30L * 24 * 3600)))
                .toList();
        List<String> shiftIds = recent.stream().map(Signup::shiftId).distinct().toList();
        Map<String, ShiftView> theirShifts = views.views(shifts.findAllById(shiftIds), locale).stream()
                .collect(Collectors.toMap(ShiftView::shiftId, Function.identity()));
        Map<String, Seats.Ledger> ledgers = seats.ledgers(shiftIds);
        List<MySignup> mine = recent.stream().filter(s -> theirShifts.containsKey(s.shiftId()))
                .map(s -> new MySignup(SignupView.of(s, ledgers.get(s.shiftId()), links.url(Kind.SIGNUP, s.id())),
                        theirShifts.get(s.shiftId()), links.path(Kind.SIGNUP, s.id())))
                .toList();
        List<String> taken = mine.stream().filter(m -> !"CANCELLED".equals(m.signup().status()))
                .map(m -> m.signup().shiftId()).toList();
        List<ShiftView> upcoming = views.upcomingFor(volunteer.community(), taken, UPCOMING_SHOWN, locale);
        ShiftView focus = Optional.ofNullable(highlighted).flatMap(shifts::findById).filter(s -> !taken.contains(s.id()))
                .map(s -> views.view(s, locale)).orElse(null);
        List<Certificate> certificates = completions.findByVolunteerId(volunteer.id()).stream()
                .map(c -> new Certificate(views.trainingTitle(c.trainingId(), locale).orElse(c.trainingId()),
                        links.path(Kind.CERTIFICATE, c.id())))
                .toList();
        model.addAttribute("volunteer", volunteer);
        model.addAttribute("homePath", PersonalLinks.path(volunteer.id(), key));
        model.addAttribute("welcome", welcome);
        model.addAttribute("refusal", refusal);
        model.addAttribute("focus", focus);
        model.addAttribute("mine", mine);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("hours", hours.ofVolunteer(volunteer.id()));
        model.addAttribute("certificates", certificates);
        return "outreach/volunteer-home";
    }

    /** The volunteer the link opens; an expired, revoked, altered or someone else's link is one and the same 404. */
    private Volunteer opened(String volunteerId, String key) {
        return personalLinks.open(volunteerId, key)
                .orElseThrow(() -> PlazaProblem.notFound("volunteer-not-found", "outreach.problem.volunteer-not-found"));
    }
}
