package org.plaza.starter.webtest;

import java.io.IOException;

import org.plaza.starter.problem.PlazaProblem;
import org.springframework.stereotype.Controller;
import org.plaza.starter.layout.LayoutAttributes;
import org.plaza.starter.share.ShareLinks;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * A resident form page that renders its own field errors, a form that redirects, a staff page, pages that
 * fail, and capability links that fail (a 500 and a store outage).
 */
@Controller
class TestPages {

    @GetMapping("/petition")
    String petition(@ModelAttribute("form") PublicTestApi.SignatureForm form) {
        return "test-form";
    }

    @PostMapping("/petition")
    String sign(@Valid @ModelAttribute("form") PublicTestApi.SignatureForm form, BindingResult errors, Model model) {
        model.addAttribute("signed", !errors.hasErrors());
        return "test-form";
    }

    @PostMapping("/petition/reminders")
    String remind() {
        return "redirect:/petition?done=reminded";
    }

    @GetMapping("/staff/dashboard")
    @ResponseBody
    String dashboard() {
        return "dashboard";
    }

    @GetMapping({ "/staff/petitions/{id}", "/staff/outreach/campaigns/{id}" })
    String staffPage() {
        return "test-staff";
    }

    @GetMapping("/comments/c/{token}")
    String personalLinkBoom() {
        throw new IllegalStateException("a personal link failed");
    }

    @GetMapping("/notifications/unsubscribe/{token}")
    String unsubscribeStoreDown() {
        throw new org.springframework.dao.DataAccessResourceFailureException("mongo timed out");
    }

    @GetMapping("/petitions/{slug}")
    String missingPetition(@PathVariable String slug) {
        throw PlazaProblem.notFound("petition-not-found", "test.problem.not-found");
    }

    @GetMapping("/drives/{id}")
    String item(@PathVariable String id, Model model) {
        model.addAttribute("itemTitle", "Agua limpia para Mecca");
        model.addAttribute(LayoutAttributes.DESCRIPTION, "Comenta antes del 12 de enero & di \"sí\".");
        model.addAttribute("share", ShareLinks.of("https://plaza.example/drives/" + id + "?lang=es",
                "Comenta: Agua limpia para Mecca", "Agua limpia para Mecca"));
        return "test-item";
    }

    @GetMapping("/me/{token}")
    String personalPage(@PathVariable String token, Model model) {
        model.addAttribute("itemTitle", "My sign-ups");
        return "test-item";
    }

    @GetMapping("/plain-page")
    String plain(Model model) {
        model.addAttribute("itemTitle", "Plain");
        return "test-item";
    }

    @GetMapping("/page-gone")
    void gone(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @GetMapping("/page-conflict")
    String conflict() {
        throw PlazaProblem.conflict("petition-closed", "test.problem.closed", "Agua");
    }

    @GetMapping("/page-boom")
    String pageBoom() {
        throw new IllegalStateException("secret internal detail of a page");
    }
}
