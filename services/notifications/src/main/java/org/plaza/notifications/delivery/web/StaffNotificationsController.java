package org.plaza.notifications.delivery.web;

import java.util.List;

import org.plaza.notifications.delivery.DeliveryLog;
import org.plaza.notifications.delivery.NotificationView;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** Operators and admins read the delivery log (never contact details) and re-send dead letters. */
@RestController
@RequestMapping("/api/staff/notifications")
@Validated
class StaffNotificationsController {

    private final DeliveryLog log;

    StaffNotificationsController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping("/{requestId}")
    NotificationView one(@PathVariable String requestId) {
        return log.find(requestId).orElseThrow(() -> notFound());
    }

    @GetMapping
    List<NotificationView> inState(
            @RequestParam(defaultValue = "FAILED") @Pattern(regexp = "PENDING|SENDING|SENT|SUPPRESSED|CANCELLED|EXPIRED|FAILED") String state,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return log.inState(state, limit);
    }

    @PostMapping("/{requestId}/retry")
    ResponseEntity<NotificationView> retry(@PathVariable String requestId) {
        switch (log.retry(requestId)) {
            case NOT_FOUND -> throw notFound();
            case NOT_RETRYABLE -> throw PlazaProblem.conflict("notification-not-retryable",
                    "notifications.problem.not-retryable");
            default -> {
                return ResponseEntity.status(HttpStatus.ACCEPTED).body(log.find(requestId).orElseThrow());
            }
        }
    }

    private static PlazaProblem notFound() {
        return PlazaProblem.notFound("notification-not-found", "notifications.problem.not-found");
    }
}
