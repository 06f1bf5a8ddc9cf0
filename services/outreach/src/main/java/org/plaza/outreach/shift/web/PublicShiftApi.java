package org.plaza.outreach.shift.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.plaza.outreach.shift.ShiftService;
import org.plaza.outreach.shift.ShiftView;
import org.plaza.outreach.shift.ShiftViews;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Upcoming shifts as JSON, in the request's language, a page at a time. */
@RestController
@RequestMapping("/api/public/outreach/shifts")
class PublicShiftApi {

    private final ShiftService shifts;
    private final ShiftViews views;

    PublicShiftApi(ShiftService shifts, ShiftViews views) {
        this.shifts = shifts;
        this.views = views;
    }

    /**
     * One page of upcoming shifts; the pages before and after it are in the {@code Link} header (RFC 8288,
     * {@code rel="prev"} and {@code rel="next"}), so the body stays a plain list.
     */
    @GetMapping
    ResponseEntity<List<ShiftView>> upcoming(@RequestParam(required = false) String campaignId,
            @RequestParam(required = false) String community, @RequestParam(defaultValue = "1") int page,
            Locale locale) {
        ShiftViews.Page shown = views.upcoming(campaignId, community, page, locale);
        List<String> links = new ArrayList<>();
        if (shown.hasPrevious()) {
            links.add(link(campaignId, community, shown.number() - 1, "prev"));
        }
        if (shown.hasNext()) {
            links.add(link(campaignId, community, shown.number() + 1, "next"));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (!links.isEmpty()) {
            answer.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return answer.body(shown.shifts());
    }

    private static String link(String campaignId, String community, int page, String rel) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/public/outreach/shifts");
        if (campaignId != null && !campaignId.isBlank()) {
            uri.queryParam("campaignId", campaignId);
        }
        if (community != null && !community.isBlank()) {
            uri.queryParam("community", community);
        }
        return "<" + uri.queryParam("page", page).build().encode().toUriString() + ">; rel=\"" + rel + "\"";
    }

    @GetMapping("/{shiftId}")
    ShiftView shift(@PathVariable String shiftId, Locale locale) {
        return views.view(shifts.get(shiftId), locale);
    }
}
