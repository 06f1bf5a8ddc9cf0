package org.plaza.outreach.shift.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.plaza.outreach.shift.Shift;
import org.plaza.outreach.shift.ShiftRequest;
import org.plaza.outreach.shift.ShiftService;
import org.plaza.outreach.shift.ShiftView;
import org.plaza.outreach.shift.ShiftViews;
import org.plaza.outreach.shift.Shifts;
import org.plaza.outreach.shift.TrainingRequest;
import org.plaza.outreach.training.TrainingSeries;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Organizers schedule and cancel shifts and training series of their campaigns. */
@RestController
@RequestMapping("/api/staff/outreach")
class StaffShiftApi {

    private final ShiftService service;
    private final ShiftViews views;
    private final Shifts shifts;

    StaffShiftApi(ShiftService service, ShiftViews views, Shifts shifts) {
        this.service = service;
        this.views = views;
        this.shifts = shifts;
    }

    /** A training series and its sessions. */
    record TrainingView(String trainingId, String campaignId, String title, List<ShiftView> sessions) {
    }

    @PostMapping("/shifts")
    ResponseEntity<ShiftView> schedule(@RequestBody ShiftRequest request, Locale locale) {
        Shift shift = service.schedule(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.view(shift, locale));
    }

    @PostMapping("/trainings")
    ResponseEntity<TrainingView> scheduleTraining(@RequestBody TrainingRequest request, Locale locale) {
        TrainingSeries training = service.scheduleTraining(request);
        List<ShiftView> sessions = shifts.findAllById(training.sessionShiftIds()).stream()
                .sorted(Comparator.comparing(Shift::startsAt)).map(s -> views.view(s, locale)).toList();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new TrainingView(training.id(), training.campaignId(), training.title(locale), sessions));
    }

    @GetMapping("/campaigns/{campaignId}/shifts")
    List<ShiftView> ofCampaign(@PathVariable String campaignId, Locale locale) {
        return service.ofCampaign(campaignId).stream().map(s -> views.view(s, locale)).toList();
    }

    @PostMapping("/shifts/{shiftId}/cancel")
    ShiftView cancel(@PathVariable String shiftId, Locale locale) {
        return views.view(service.cancel(shiftId), locale);
    }
}
