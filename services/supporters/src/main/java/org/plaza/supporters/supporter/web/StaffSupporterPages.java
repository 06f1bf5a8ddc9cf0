package org.plaza.supporters.supporter.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.supporters.supporter.ActionKind;
import org.plaza.supporters.supporter.ConsentPurposes;
import org.plaza.supporters.supporter.Directory;
import org.plaza.supporters.supporter.FilterForm;
import org.plaza.supporters.supporter.Supporter;
import org.plaza.supporters.supporter.SupporterFilter;
import org.plaza.supporters.supporter.SupportersSettings;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organizers' pages, without JavaScript: {@code /staff/supporters} (filters that combine, the count, a page of
 * supporters, links to export and to save the filter as a segment) and {@code /staff/supporters/{id}} (contact
 * details, consent and where it came from, actions, tags and notes, with forms to add them).
 */
@Controller
class StaffSupporterPages {

    private final Directory directory;
    private final Vocabulary vocabulary;
    private final SupportersSettings settings;
    private final MessageSource messages;

    StaffSupporterPages(Directory directory, Vocabulary vocabulary, SupportersSettings settings, MessageSource messages) {
        this.directory = directory;
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/staff/supporters")
    String list(@ModelAttribute("filter") FilterForm form, @RequestParam(defaultValue = "1") int page,
            Authentication auth, Locale locale, Model model) {
        StaffMember staff = StaffMember.of(auth);
        choices(staff, locale, model);
        model.addAttribute("admin", staff.isAdmin());
        try {
            SupporterFilter filter = form.toFilter(vocabulary);
            Directory.Listing listing = directory.list(staff, filter, page);
            model.addAttribute("listing", listing);
            model.addAttribute("previousUrl", listing.page() > 1 ? form.link("/staff/supporters", Map.of("page", String.valueOf(listing.page() - 1))) : null);
            model.addAttribute("nextUrl", listing.page() < listing.pages() ? form.link("/staff/supporters", Map.of("page", String.valueOf(listing.page() + 1))) : null);
            model.addAttribute("exportUrl", form.link("/api/staff/supporters/export.csv", Map.of()));
        } catch (PlazaProblem refused) {
            if (CampaignAccess.isRefusal(refused)) {
                throw refused;
            }
            model.addAttribute("errors", fieldErrors(refused, locale));
        }
        model.addAttribute("filterParameters", form.parameters());
        return "staff/supporters";
    }

    @GetMapping("/staff/supporters/{supporterId}")
    String one(@PathVariable String supporterId, @RequestParam(required = false) String done, Authentication auth,
            Locale locale, Model model) {
        return supporterPage(directory.visible(StaffMember.of(auth), supporterId), done, Map.of(), locale, model);
    }

    @PostMapping("/staff/supporters/{supporterId}/tags")
    String tag(@PathVariable String supporterId, @RequestParam(required = false) String tag, Authentication auth,
            Locale locale, Model model) {
        StaffMember staff = StaffMember.of(auth);
        try {
            directory.addTag(staff, supporterId, tag);
        } catch (PlazaProblem refused) {
            if (refused.getFieldErrors().isEmpty()) {
                throw refused;
            }
            return supporterPage(directory.visible(staff, supporterId), null, fieldErrors(refused, locale), locale, model);
        }
        return "redirect:/staff/supporters/" + supporterId + "?done=tagged";
    }

    @PostMapping("/staff/supporters/{supporterId}/tags/remove")
    String untag(@PathVariable String supporterId, @RequestParam(required = false) String tag, Authentication auth) {
        directory.removeTag(StaffMember.of(auth), supporterId, tag);
        return "redirect:/staff/supporters/" + supporterId + "?done=untagged";
    }

    @PostMapping("/staff/supporters/{supporterId}/notes")
    String note(@PathVariable String supporterId, @RequestParam(required = false) String text, Authentication auth,
            Locale locale, Model model) {
        StaffMember staff = StaffMember.of(auth);
        try {
            directory.addNote(staff, supporterId, text);
        } catch (PlazaProblem refused) {
            if (refused.getFieldErrors().isEmpty()) {
                throw refused;
            }
            return supporterPage(directory.visible(staff, supporterId), null, fieldErrors(refused, locale), locale, model);
        }
        return "redirect:/staff/supporters/" + supporterId + "?done=noted";
    }

    private String supporterPage(Supporter supporter, String done, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("supporter", supporter);
        model.addAttribute("current", supporter.currentConsents());
        model.addAttribute("done", done == null || !List.of("tagged", "untagged", "noted").contains(done) ? null : done);
        model.addAttribute("errors", errors);
        model.addAttribute("dates", new Dates(settings.timeZone(), locale));
        return "staff/supporter";
    }

    private void choices(StaffMember staff, Locale locale, Model model) {
        model.addAttribute("campaigns", directory.campaigns(staff));
        model.addAttribute("communities", vocabulary.residentCommunities());
        model.addAttribute("languages", vocabulary.languages());
        model.addAttribute("purposes", ConsentPurposes.ALL);
        model.addAttribute("actions", List.of(ActionKind.values()));
        model.addAttribute("tags", directory.tags(staff));
        model.addAttribute("dates", new Dates(settings.timeZone(), locale));
    }

    private Map<String, String> fieldErrors(PlazaProblem problem, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.getFieldErrors().forEach(field -> errors.putIfAbsent(field.name(),
                messages.getMessage(field.messageKey(), field.arguments(), locale)));
        return errors;
    }
}
