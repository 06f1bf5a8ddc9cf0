package org.plaza.supporters.broadcast.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.supporters.broadcast.ApprovalPolicy;
import org.plaza.supporters.supporter.SupportersSettings;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /staff/supporters/settings/broadcasts}, for administrators only: the size above which a broadcast needs a
 * second organizer's approval, with the deployment's default and who set it last; a bad value is refused next to its
 * field and keeps what was typed.
 */
@Controller
class BroadcastSettingsPage {

    static final String PATH = "/staff/supporters/settings/broadcasts";

    private final ApprovalPolicy policy;
    private final MessageSource messages;
    private final SupportersSettings settings;

    BroadcastSettingsPage(ApprovalPolicy policy, MessageSource messages, SupportersSettings settings) {
        this.policy = policy;
        this.messages = messages;
        this.settings = settings;
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String done, Locale locale, Model model) {
        ApprovalPolicy.Current current = policy.current();
        return page(current, String.valueOf(current.recipients()), "saved".equals(done), null, locale, model);
    }

    @PostMapping(PATH)
    String change(@RequestParam(required = false) String threshold, Authentication auth, Locale locale, Model model) {
        try {
            policy.change(StaffMember.of(auth), threshold);
        } catch (PlazaProblem refused) {
            if (refused.getFieldErrors().isEmpty()) {
                throw refused;
            }
            PlazaProblem.Field field = refused.getFieldErrors().get(0);
            return page(policy.current(), threshold, false,
                    messages.getMessage(field.messageKey(), field.arguments(), locale), locale, model);
        }
        return "redirect:" + PATH + "?done=saved";
    }

    private String page(ApprovalPolicy.Current current, String typed, boolean saved, String error, Locale locale,
            Model model) {
        model.addAttribute("current", current);
        model.addAttribute("changedAt", current.changedAt() == null ? null
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                        .format(current.changedAt().atZone(settings.timeZone())));
        model.addAttribute("typed", typed);
        model.addAttribute("saved", saved);
        model.addAttribute("error", error);
        model.addAttribute("max", ApprovalPolicy.MAX);
        return "staff/broadcast-settings";
    }
}
