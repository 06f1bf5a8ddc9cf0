package org.plaza.supporters.broadcast.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.supporters.broadcast.Broadcast;
import org.plaza.supporters.broadcast.BroadcastChannel;
import org.plaza.supporters.broadcast.BroadcastDesk;
import org.plaza.supporters.broadcast.BroadcastStatus;
import org.plaza.supporters.broadcast.FollowUps;
import org.plaza.supporters.broadcast.Reach;
import org.plaza.supporters.broadcast.TextEstimate;
import org.plaza.supporters.broadcast.TextPreview;
import org.plaza.supporters.supporter.ActionKind;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organizer's broadcast pages, without JavaScript: a campaign's broadcasts and its two follow-ups, the form
 * (email, text or both; Spanish and English; the audience), and one broadcast's page (previews, who gets an email and
 * who a text, each text's segments and the estimated cost, test send, send now or later, the second approval, the
 * state and the report by channel). A broadcast with texts is sent from a confirmation page that repeats how many texts
 * go and what they cost. Refusals of the domain are shown next to their fields; another campaign's broadcast is the
 * shared 403 page.
 */
@Controller
class BroadcastPages {

    private static final String LIST = "supporters/broadcasts";
    private static final String PAGE = "supporters/broadcast";
    private static final String CONFIRM = "supporters/broadcast-confirm";

    private final BroadcastDesk desk;
    private final FollowUps followUps;

    BroadcastPages(BroadcastDesk desk, FollowUps followUps) {
        this.desk = desk;
        this.followUps = followUps;
    }

    @GetMapping("/staff/supporters/campaigns/{campaignId}/broadcasts")
    String list(@PathVariable String campaignId, Authentication auth, Model model) {
        StaffMember staff = StaffMember.of(auth);
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("broadcasts", desk.list(staff, campaignId));
        model.addAttribute("actions", ActionKind.values());
        return LIST;
    }

    @GetMapping("/staff/supporters/campaigns/{campaignId}/broadcasts/new")
    String blank(@PathVariable String campaignId, Authentication auth, Model model) {
        desk.list(StaffMember.of(auth), campaignId);
        return form(campaignId, null, new BroadcastForm(), model);
    }

    @PostMapping("/staff/supporters/campaigns/{campaignId}/broadcasts")
    String create(@PathVariable String campaignId, @Validated @ModelAttribute("form") BroadcastForm form,
            BindingResult errors, Authentication auth, Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        form.check(errors, desk.textRefusals(form.channel(), form.text()));
        if (errors.hasErrors()) {
            desk.list(staff, campaignId);
            return FormAnswers.withErrors(response, form(campaignId, null, form, model));
        }
        Broadcast broadcast = desk.create(staff, campaignId, form.spanish(), form.english(), form.channel(),
                form.text(), form.audience());
        return "redirect:/staff/supporters/broadcasts/" + broadcast.id() + "?done=saved";
    }

    @PostMapping("/staff/supporters/campaigns/{campaignId}/broadcasts/follow-ups/board-meeting")
    String boardMeeting(@PathVariable String campaignId, @RequestParam(required = false) String community,
            @RequestParam(required = false) String meetingDate, Authentication auth) {
        LocalDate date = parseDate(meetingDate);
        Broadcast broadcast = followUps.boardMeeting(StaffMember.of(auth), campaignId, community, date);
        return "redirect:/staff/supporters/broadcasts/" + broadcast.id() + "?done=drafted";
    }

    @PostMapping("/staff/supporters/campaigns/{campaignId}/broadcasts/follow-ups/we-won")
    String weWon(@PathVariable String campaignId, Authentication auth) {
        Broadcast broadcast = followUps.weWon(StaffMember.of(auth), campaignId);
        return "redirect:/staff/supporters/broadcasts/" + broadcast.id() + "?done=drafted";
    }

    @GetMapping("/staff/supporters/broadcasts/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) String done, Authentication auth,
            Model model) {
        Broadcast broadcast = desk.find(StaffMember.of(auth), id);
        model.addAttribute("done", done);
        return page(broadcast, BroadcastForm.of(broadcast), auth, model);
    }

    @PostMapping("/staff/supporters/broadcasts/{id}")
    String edit(@PathVariable String id, @Validated @ModelAttribute("form") BroadcastForm form, BindingResult errors,
            Authentication auth, Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        Broadcast broadcast = desk.find(staff, id);
        form.check(errors, desk.textRefusals(form.channel(), form.text()));
        if (errors.hasErrors()) {
            return FormAnswers.withErrors(response, page(broadcast, form, auth, model));
        }
        desk.edit(staff, id, form.spanish(), form.english(), form.channel(), form.text(), form.audience());
        return "redirect:/staff/supporters/broadcasts/" + id + "?done=saved";
    }

    @PostMapping("/staff/supporters/broadcasts/{id}/test")
    String test(@PathVariable String id, Authentication auth, Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        try {
            desk.sendTest(staff, id, staff.email());
        } catch (PlazaProblem problem) {
            return refused(problem, desk.find(staff, id), auth, model, response);
        }
        return "redirect:/staff/supporters/broadcasts/" + id + "?done=tested";
    }

    /**
     * Sends (or schedules) it. A broadcast with texts first answers with the confirmation page (how many emails and
     * texts, each text's segments, the estimated cost), whose button posts here again with {@code confirm=yes}.
     */
    @PostMapping("/staff/supporters/broadcasts/{id}/send")
    String send(@PathVariable String id, @RequestParam(defaultValue = "now") String when,
            @RequestParam(required = false) String sendAt, @RequestParam(required = false) String confirm,
            Authentication auth, Model model, HttpServletResponse response) {
        StaffMember staff = StaffMember.of(auth);
        Broadcast broadcast = desk.find(staff, id);
        boolean later = "later".equals(when);
        try {
            Instant at = later ? parseTime(sendAt) : null;
            if (broadcast.channel().texts() && !"yes".equals(confirm)) {
                desk.checkSend(staff, id, at);
                return confirmation(broadcast, later ? sendAt.strip() : null, staff, model);
            }
            desk.requestSend(staff, id, at);
        } catch (PlazaProblem problem) {
            return refused(problem, broadcast, auth, model, response);
        }
        return "redirect:/staff/supporters/broadcasts/" + id + "?done=sent";
    }

    private String confirmation(Broadcast broadcast, String sendAt, StaffMember staff, Model model) {
        reach(broadcast, staff, model);
        model.addAttribute("broadcast", broadcast);
        model.addAttribute("campaignId", broadcast.campaignId());
        model.addAttribute("sendAt", sendAt);
        model.addAttribute("audienceCount", desk.count(staff, broadcast.campaignId(), broadcast.audience()));
        model.addAttribute("threshold", desk.approvalThreshold());
        model.addAttribute("zone", desk.timeZone());
        return CONFIRM;
    }

    /** Who gets an email and who a text, and what the texts take and cost. */
    private void reach(Broadcast broadcast, StaffMember staff, Model model) {
        Reach reach = desk.reach(staff, broadcast);
        TextEstimate estimate = desk.textEstimate(broadcast, reach);
        model.addAttribute("reach", reach);
        model.addAttribute("estimate", estimate);
        if (estimate != null) {
            Map<String, String> costs = new LinkedHashMap<>();
            estimate.versions().forEach(version -> costs.put(version.language(),
                    TextPreview.money(version.cost(), estimate.currency())));
            model.addAttribute("costs", costs);
            model.addAttribute("cost", TextPreview.money(estimate.cost(), estimate.currency()));
            model.addAttribute("pricePerSegment", estimate.pricePerSegment().stripTrailingZeros().toPlainString()
                    + " " + estimate.currency());
        }
    }

    @PostMapping("/staff/supporters/broadcasts/{id}/approve")
    String approve(@PathVariable String id, Authentication auth) {
        desk.approve(StaffMember.of(auth), id);
        return "redirect:/staff/supporters/broadcasts/" + id + "?done=approved";
    }

    @PostMapping("/staff/supporters/broadcasts/{id}/cancel")
    String cancel(@PathVariable String id, Authentication auth) {
        desk.cancel(StaffMember.of(auth), id);
        return "redirect:/staff/supporters/broadcasts/" + id + "?done=cancelled";
    }

    private String form(String campaignId, Broadcast broadcast, BroadcastForm form, Model model) {
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("broadcast", broadcast);
        model.addAttribute("form", form);
        model.addAttribute("segments", desk.segments(StaffMember.current(), campaignId));
        model.addAttribute("actions", ActionKind.values());
        model.addAttribute("channels", BroadcastChannel.values());
        model.addAttribute("texts", desk.texts());
        return PAGE;
    }

    private String page(Broadcast broadcast, BroadcastForm form, Authentication auth, Model model) {
        StaffMember staff = StaffMember.of(auth);
        model.addAttribute("editable", broadcast.status() == BroadcastStatus.DRAFT
                || broadcast.status() == BroadcastStatus.AWAITING_APPROVAL
                || broadcast.status() == BroadcastStatus.SCHEDULED);
        model.addAttribute("mayApprove", desk.mayApprove(staff, broadcast));
        model.addAttribute("audienceCount", desk.count(staff, broadcast.campaignId(), broadcast.audience()));
        model.addAttribute("threshold", desk.approvalThreshold());
        model.addAttribute("report", desk.report(broadcast));
        reach(broadcast, staff, model);
        model.addAttribute("zone", desk.timeZone());
        model.addAttribute("staffEmail", staff.email());
        return form(broadcast.campaignId(), broadcast, form, model);
    }

    /** A refusal with fields is shown on the page next to them; anything else is the shared error page. */
    private String refused(PlazaProblem problem, Broadcast broadcast, Authentication auth, Model model,
            HttpServletResponse response) {
        if (problem.getFieldErrors().isEmpty() && !"no-staff-email".equals(problem.getType())) {
            throw problem;
        }
        model.addAttribute("refusals", problem.getFieldErrors().isEmpty()
                ? Map.of("test", problem.getMessageKey())
                : problem.getFieldErrors().stream().collect(Collectors.toMap(
                        PlazaProblem.Field::name, PlazaProblem.Field::messageKey, (a, b) -> a)));
        return FormAnswers.refused(response, problem, page(broadcast, BroadcastForm.of(broadcast), auth, model));
    }

    private Instant parseTime(String value) {
        try {
            return LocalDateTime.parse(value == null ? "" : value.strip()).atZone(desk.timeZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw PlazaProblem.badRequest("validation", "supporters.broadcast.problem.invalid")
                    .withFieldError("sendAt", "supporters.broadcast.send-at.invalid");
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw PlazaProblem.badRequest("validation", "supporters.broadcast.problem.invalid")
                    .withFieldError("meetingDate", "supporters.follow-up.meeting-date.invalid");
        }
    }
}
