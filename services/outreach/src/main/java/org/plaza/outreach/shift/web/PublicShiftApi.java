package org.plaza.outreach.shift.web;

import java.util.List;
import java.util.Locale;

import org.plaza.outreach.shift.ShiftService;
import org.plaza.outreach.shift.ShiftView;
import org.plaza.outreach.shift.ShiftViews;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Upcoming shifts as JSON, in the request's language. */
@RestController
@RequestMapping("/api/public/outreach/shifts")
class PublicShiftApi {

    private final ShiftService shifts;
    private final ShiftViews views;

    PublicShiftApi(ShiftService shifts, ShiftViews views) {
        this.shifts = shifts;
        this.views = views;
    }

    @GetMapping
    List<ShiftView> upcoming(@RequestParam(required = false) String campaignId,
            @RequestParam(required = false) String community, Locale locale) {
        return views.upcoming(campaignId, community, locale);
    }

    @GetMapping("/{shiftId}")
    ShiftView shift(@PathVariable String shiftId, Locale locale) {
        return views.view(shifts.get(shiftId), locale);
    }
}
