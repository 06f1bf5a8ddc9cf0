package org.plaza.notifications.consent.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.plaza.notifications.consent.Suppressions;
import org.plaza.notifications.consent.Unsubscribe;
import org.plaza.notifications.consent.UnsubscribeLinks;
import org.plaza.notifications.template.Category;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The page behind every unsubscribe link. Opening it (GET) changes nothing, because mail scanners open
 * links; the button POSTs. A mail program's RFC 8058 one-click POST ({@code List-Unsubscribe=One-Click})
 * reaches the same POST without a CSRF token: the signed token in the path is the credential.
 */
@Controller
@RequestMapping("/notifications/unsubscribe/{token}")
class UnsubscribeController {

    static final String PAGE = "notifications/unsubscribe";
    static final String ALL = "all";

    private final UnsubscribeLinks links;
    private final Suppressions suppressions;
    private final MessageSource messages;
    private final Clock clock;

    UnsubscribeController(UnsubscribeLinks links, Suppressions suppressions, MessageSource messages, Clock clock) {
        this.links = links;
        this.suppressions = suppressions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String ask(@PathVariable String token, @RequestParam(required = false) String via, Model model, Locale locale,
            HttpServletResponse response) {
        model.addAttribute("via", UnsubscribeLinks.validVia(via) ? via : null);
        return show("ask", token, null, model, locale, response);
    }

    @PostMapping
    String unsubscribe(@PathVariable String token, @RequestParam(required = false) String scope,
            @RequestParam(required = false) String via, Model model, Locale locale, HttpServletResponse response) {
        Optional<Unsubscribe> unsubscribe = links.read(token);
        unsubscribe.ifPresent(u -> suppressions.unsubscribe(u.recipientKey(), categories(u, scope), via, clock.instant()));
        return show("done", token, scope, model, locale, response);
    }

    @PostMapping("/resubscribe")
    String resubscribe(@PathVariable String token, @RequestParam(required = false) String scope, Model model,
            Locale locale, HttpServletResponse response) {
        Optional<Unsubscribe> unsubscribe = links.read(token);
        unsubscribe.ifPresent(u -> suppressions.resubscribe(u.recipientKey(), categories(u, scope), clock.instant()));
        return show("resubscribed", token, scope, model, locale, response);
    }

    private String show(String view, String token, String scope, Model model, Locale locale,
            HttpServletResponse response) {
        Optional<Unsubscribe> unsubscribe = links.read(token);
        if (unsubscribe.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("view", "invalid");
            return PAGE;
        }
        model.addAttribute("view", view);
        model.addAttribute("token", token);
        model.addAttribute("all", ALL.equals(scope));
        model.addAttribute("categoryName", messages.getMessage(unsubscribe.get().category().messageKey(), null, locale));
        return PAGE;
    }

    private static List<Category> categories(Unsubscribe unsubscribe, String scope) {
        return ALL.equals(scope) ? Category.optional() : List.of(unsubscribe.category());
    }
}
