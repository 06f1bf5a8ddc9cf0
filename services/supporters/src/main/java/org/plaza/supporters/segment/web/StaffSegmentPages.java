package org.plaza.supporters.segment.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.supporters.segment.Segments;
import org.plaza.supporters.supporter.FilterForm;
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
 * {@code /staff/supporters/segments}: the saved segments with their live counts, each a link to the list with its
 * filter; saving one from the list's form (its filter as hidden fields and a name) and deleting one.
 */
@Controller
class StaffSegmentPages {

    private final Segments segments;
    private final Vocabulary vocabulary;
    private final MessageSource messages;

    StaffSegmentPages(Segments segments, Vocabulary vocabulary, MessageSource messages) {
        this.segments = segments;
        this.vocabulary = vocabulary;
        this.messages = messages;
    }

    @GetMapping("/staff/supporters/segments")
    String list(@RequestParam(required = false) String done, Authentication auth, Model model) {
        return page(StaffMember.of(auth), done == null || !List.of("saved", "deleted").contains(done) ? null : done, null, model);
    }

    @PostMapping("/staff/supporters/segments")
    String save(@ModelAttribute FilterForm form, @RequestParam(required = false) String name, Authentication auth,
            Locale locale, Model model) {
        StaffMember staff = StaffMember.of(auth);
        try {
            segments.save(staff, name, form.toFilter(vocabulary));
        } catch (PlazaProblem refused) {
            if (CampaignAccess.isRefusal(refused) || refused.getFieldErrors().isEmpty()) {
                throw refused;
            }
            PlazaProblem.Field first = refused.getFieldErrors().get(0);
            return page(staff, null, messages.getMessage(first.messageKey(), first.arguments(), locale), model);
        }
        return "redirect:/staff/supporters/segments?done=saved";
    }

    @PostMapping("/staff/supporters/segments/{segmentId}/delete")
    String delete(@PathVariable String segmentId, Authentication auth) {
        segments.delete(StaffMember.of(auth), segmentId);
        return "redirect:/staff/supporters/segments?done=deleted";
    }

    private String page(StaffMember staff, String done, String error, Model model) {
        List<SegmentRow> rows = segments.list(staff).stream().map(counted -> new SegmentRow(counted.segment().id(),
                counted.segment().name(), counted.count(),
                FilterForm.of(counted.segment().filter()).link("/staff/supporters", Map.of()))).toList();
        model.addAttribute("segments", rows);
        model.addAttribute("done", done);
        model.addAttribute("error", error);
        return "staff/segments";
    }

    /** A segment on the page: its name, live count and the list it opens. */
    record SegmentRow(String id, String name, long count, String listUrl) {
    }
}
