package org.plaza.outreach.signup.web;

import java.util.Locale;

import org.plaza.events.outreach.ShiftCancelled.CancelledBy;
import org.plaza.outreach.shift.Seats;
import org.plaza.outreach.shift.ShiftViews;
import org.plaza.outreach.shift.Shifts;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.signup.SignupService;
import org.plaza.outreach.signup.Signups;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.Links.Kind;
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

/** One sign-up's page, the link in every email about it: where and when, the check-in code, and cancelling. */
@Controller
@RequestMapping("/outreach/signups/{signupId}/{key}")
class SignupPage {

    private final Signups signups;
    private final SignupService service;
    private final Shifts shifts;
    private final ShiftViews views;
    private final Seats seats;
    private final Links links;
    private final MessageSource messages;

    SignupPage(Signups signups, SignupService service, Shifts shifts, ShiftViews views, Seats seats, Links links,
            MessageSource messages) {
        this.signups = signups;
        this.service = service;
        this.shifts = shifts;
        this.views = views;
        this.seats = seats;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable String signupId, @PathVariable String key, @RequestParam(required = false) String cancelled,
            Locale locale, Model model) {
        return page(opened(signupId, key), cancelled != null, null, locale, model);
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable String signupId, @PathVariable String key, Locale locale, Model model,
            HttpServletResponse response) {
        Signup signup = opened(signupId, key);
        try {
            service.cancel(signupId, CancelledBy.VOLUNTEER, null);
            return "redirect:" + links.path(Kind.SIGNUP, signupId) + "?cancelled=1";
        } catch (PlazaProblem refused) {
            String message = messages.getMessage(refused.getMessageKey(), refused.getArguments(), locale);
            return FormAnswers.refused(response, refused, page(signup, false, message, locale, model));
        }
    }

    private String page(Signup signup, boolean justCancelled, String refusal, Locale locale, Model model) {
        Signup current = signups.findById(signup.id()).orElse(signup);
        model.addAttribute("signup", SignupView.of(current, seats.ledger(current.shiftId()).orElse(null),
                links.url(Kind.SIGNUP, current.id())));
        model.addAttribute("shift", views.view(shifts.findById(current.shiftId()).orElseThrow(), locale));
        model.addAttribute("cancelPath", links.path(Kind.SIGNUP, current.id()) + "/cancel");
        model.addAttribute("justCancelled", justCancelled);
        model.addAttribute("refusal", refusal);
        return "outreach/signup";
    }

    private Signup opened(String signupId, String key) {
        if (!links.opens(Kind.SIGNUP, signupId, key)) {
            throw PlazaProblem.notFound("signup-not-found", "outreach.problem.signup-not-found");
        }
        return signups.findById(signupId)
                .orElseThrow(() -> PlazaProblem.notFound("signup-not-found", "outreach.problem.signup-not-found"));
    }
}
