package org.plaza.outreach.attendance.web;

import java.util.Locale;

import org.plaza.outreach.attendance.AttendanceService;
import org.plaza.outreach.attendance.Rosters;
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
 * The roster on an organizer's phone: one big button per volunteer to check them in, a box for the code a
 * volunteer shows, no-shows once the shift has started, and minute corrections with a reason.
 */
@Controller
@RequestMapping("/staff/outreach/shifts/{shiftId}/roster")
class RosterPage {

    private final Rosters rosters;
    private final AttendanceService attendance;
    private final MessageSource messages;

    RosterPage(Rosters rosters, AttendanceService attendance, MessageSource messages) {
        this.rosters = rosters;
        this.attendance = attendance;
        this.messages = messages;
    }

    @GetMapping
    String roster(@PathVariable String shiftId, @RequestParam(required = false) String done, Locale locale, Model model) {
        return page(shiftId, done, null, locale, model);
    }

    @PostMapping("/check-in")
    String checkIn(@PathVariable String shiftId, @RequestParam String signupId, Locale locale, Model model,
            HttpServletResponse response) {
        return act(shiftId, () -> attendance.checkIn(shiftId, signupId), "checked-in", locale, model, response);
    }

    @PostMapping("/code")
    String code(@PathVariable String shiftId, @RequestParam(required = false) String code, Locale locale, Model model,
            HttpServletResponse response) {
        return act(shiftId, () -> attendance.checkInByCode(shiftId, code), "checked-in", locale, model, response);
    }

    @PostMapping("/no-show")
    String noShow(@PathVariable String shiftId, @RequestParam String signupId, Locale locale, Model model,
            HttpServletResponse response) {
        return act(shiftId, () -> attendance.markNoShow(signupId), "no-show", locale, model, response);
    }

    @PostMapping("/no-shows")
    String remaining(@PathVariable String shiftId, Locale locale, Model model,
            HttpServletResponse response) {
        return act(shiftId, () -> attendance.markRemainingNoShows(shiftId), "no-shows", locale, model, response);
    }

    @PostMapping("/minutes")
    String minutes(@PathVariable String shiftId, @RequestParam String signupId, @RequestParam(required = false) Integer minutes,
            @RequestParam(required = false) String reason, Locale locale, Model model,
            HttpServletResponse response) {
        return act(shiftId, () -> attendance.correctMinutes(signupId, minutes, reason), "minutes", locale, model,
                response);
    }

    private String act(String shiftId, Runnable action, String done, Locale locale, Model model,
            HttpServletResponse response) {
        try {
            action.run();
            return "redirect:/staff/outreach/shifts/" + shiftId + "/roster?done=" + done;
        } catch (PlazaProblem refused) {
            String detail = refused.getFieldErrors().isEmpty()
                    ? messages.getMessage(refused.getMessageKey(), refused.getArguments(), locale)
                    : refused.getFieldErrors().stream()
                            .map(f -> messages.getMessage(f.messageKey(), f.arguments(), locale))
                            .reduce((a, b) -> a + " " + b).orElse("");
            return FormAnswers.refused(response, refused, page(shiftId, null, detail, locale, model));
        }
    }

    private String page(String shiftId, String done, String refusal, Locale locale, Model model) {
        model.addAttribute("roster", rosters.of(shiftId, locale));
        model.addAttribute("done", done);
        model.addAttribute("refusal", refusal);
        model.addAttribute("base", "/staff/outreach/shifts/" + shiftId + "/roster");
        return "staff/roster";
    }
}
