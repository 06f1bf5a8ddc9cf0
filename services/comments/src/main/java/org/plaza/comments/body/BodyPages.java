package org.plaza.comments.body;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.plaza.comments.staff.StaffPages;
import org.plaza.starter.form.FormAnswers;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff pages over the list of public bodies: every staff member reads the list, organizers add bodies, and a
 * body's owner and administrators change it (administrators also see its changes).
 */
@Controller
@RequestMapping("/staff/comments/bodies")
class BodyPages {

    private final PublicBodyService bodies;
    private final StaffPages pages;

    BodyPages(PublicBodyService bodies, StaffPages pages) {
        this.bodies = bodies;
        this.pages = pages;
    }

    @GetMapping
    String list(Model model) {
        StaffMember staff = StaffMember.current();
        List<PublicBody> all = bodies.all();
        model.addAttribute("bodies", all);
        model.addAttribute("changeable", all.stream().filter(body -> body.changeableBy(staff)).map(PublicBody::id)
                .collect(Collectors.toSet()));
        return "staff/bodies";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    String newBody(Model model) {
        return form(null, PublicBodyRequest.blank(), model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    String create(@Validated @ModelAttribute("form") PublicBodyRequest form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response) {
        return save(null, form, errors, locale, model, response, () -> bodies.create(form));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    String edit(@PathVariable String id, Model model) {
        PublicBody body = bodies.changeable(id);
        return form(body, PublicBodyRequest.of(body), model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    String update(@PathVariable String id, @Validated @ModelAttribute("form") PublicBodyRequest form, BindingResult errors,
            Locale locale, Model model, HttpServletResponse response) {
        PublicBody body = bodies.changeable(id);
        return save(body, form, errors, locale, model, response, () -> bodies.update(id, form));
    }

    private String save(PublicBody existing, PublicBodyRequest form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response, Supplier<PublicBody> save) {
        if (!errors.hasErrors()) {
            try {
                save.get();
                return "redirect:/staff/comments/bodies";
            } catch (PlazaProblem problem) {
                if (problem.getStatus().value() == 404 || problem.getStatus().value() == 403) {
                    throw problem;
                }
                model.addAttribute("problem", pages.refuse(problem, errors, PublicBodyRequest.FIELDS, locale));
            }
        }
        return FormAnswers.withErrors(response, form(existing, form, model));
    }

    private static String form(PublicBody existing, PublicBodyRequest form, Model model) {
        model.addAttribute("body", existing);
        model.addAttribute("changes", existing != null && StaffMember.current().isAdmin() ? existing.changesNewestFirst()
                : List.of());
        model.addAttribute("form", form);
        model.addAttribute("kinds", PublicBodyKind.values());
        return "staff/body-form";
    }
}
