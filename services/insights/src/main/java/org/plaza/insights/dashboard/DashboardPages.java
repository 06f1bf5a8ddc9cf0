package org.plaza.insights.dashboard;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.plaza.insights.replay.Replay;
import org.plaza.starter.security.StaffMember;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;

/** The staff pages: the overview, a campaign, the live stream they listen to, and the replay button. */
@Controller
@RequestMapping("/staff/insights")
class DashboardPages {

    private final DashboardData data;
    private final LiveValues values;
    private final LiveStream live;
    private final Replay replay;
    private final JsonMapper json;

    DashboardPages(DashboardData data, LiveValues values, LiveStream live, Replay replay, JsonMapper json) {
        this.data = data;
        this.values = values;
        this.live = live;
        this.replay = replay;
        this.json = json;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String replay, Authentication authentication, Locale locale,
            Model model) {
        StaffMember viewer = StaffMember.of(authentication);
        Overview overview = data.overview(viewer);
        model.addAttribute("viewer", viewer);
        if (replay != null) {
            model.addAttribute("replayStarted", "started".equals(replay));
        }
        model.addAttribute("overview", overview);
        addCharts(model, values.of(overview, locale));
        return "insights/overview";
    }

    @GetMapping("/campaigns/{campaignId}")
    String campaign(@PathVariable String campaignId, Authentication authentication, Locale locale, Model model) {
        StaffMember viewer = StaffMember.of(authentication);
        CampaignDetail detail = data.campaign(viewer, campaignId);
        model.addAttribute("viewer", viewer);
        model.addAttribute("detail", detail);
        addCharts(model, values.of(detail, locale));
        return "insights/campaign";
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@RequestParam(required = false) String campaign, Authentication authentication, Locale locale) {
        StaffMember viewer = StaffMember.of(authentication);
        if (campaign != null) {
            data.campaign(viewer, campaign);
        }
        return live.subscribe(viewer, locale, campaign);
    }

    /** Starts a replay and goes back to the overview, which says whether it started (no session needed). */
    @PostMapping("/replay")
    String replay(Authentication authentication) {
        boolean started = replay.start(StaffMember.of(authentication).id());
        return "redirect:/staff/insights?replay=" + (started ? "started" : "running") + "#replay";
    }

    /** Each chart twice: as JSON for the script that draws it, and as data for its table. */
    private void addCharts(Model model, LiveValues.Payload payload) {
        Map<String, String> charts = new LinkedHashMap<>();
        payload.charts().forEach((id, chart) -> charts.put(id, json.writeValueAsString(chart)));
        model.addAttribute("charts", charts);
        model.addAttribute("chartData", payload.charts());
    }
}
