package org.plaza.outreach.shift.web;

import java.util.Locale;

import org.plaza.outreach.shift.ShiftService;
import org.plaza.outreach.shift.ShiftViews;
import org.plaza.starter.layout.PageMeta;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.starter.share.ShareLinks;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages: upcoming shifts (of a campaign, a community), a page at a time, and one shift, with the way to sign up. */
@Controller
@RequestMapping("/outreach/shifts")
class ShiftPages {

    private final ShiftService shifts;
    private final ShiftViews views;
    private final Vocabulary vocabulary;
    private final PageMeta pageMeta;

    ShiftPages(ShiftService shifts, ShiftViews views, Vocabulary vocabulary, PageMeta pageMeta) {
        this.pageMeta = pageMeta;
        this.shifts = shifts;
        this.views = views;
        this.vocabulary = vocabulary;
    }

    /** One page of upcoming shifts, with links to the pages before and after it (plain links, no script). */
    @GetMapping
    String list(@RequestParam(required = false) String campaign, @RequestParam(required = false) String community,
            @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        ShiftViews.Page shown = views.upcoming(campaign, community, page, locale);
        model.addAttribute("shifts", shown.shifts());
        model.addAttribute("page", shown);
        model.addAttribute("communities", vocabulary.communities());
        model.addAttribute("campaign", campaign);
        model.addAttribute("community", community);
        return "outreach/shifts";
    }

    @GetMapping("/{shiftId}")
    String shift(@PathVariable String shiftId, Locale locale, Model model) {
        var shift = views.view(shifts.get(shiftId), locale);
        model.addAttribute("shift", shift);
        model.addAttribute("share", ShareLinks.of(
                pageMeta.absolute(ResidentLinks.shift(shiftId) + "?lang=" + locale.getLanguage()),
                shift.title(), shift.title()));
        return "outreach/shift";
    }
}
