package org.plaza.comments.body;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/**
 * Organizers add public bodies; a body's owner (who added it) and administrators change it, other organizers
 * only use it for their drives (403 public-body-forbidden). Anyone may read the list without the clerks' addresses.
 */
@RestController
class PublicBodyApi {

    private final PublicBodyService service;

    PublicBodyApi(PublicBodyService service) {
        this.service = service;
    }

    @GetMapping("/api/staff/comments/bodies")
    List<StaffView> staffList() {
        return service.all().stream().map(StaffView::of).toList();
    }

    @GetMapping("/api/public/comments/bodies")
    List<PublicView> publicList() {
        return service.all().stream().map(PublicView::of).toList();
    }

    @PostMapping("/api/staff/comments/bodies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    StaffView create(@Valid @RequestBody PublicBodyRequest request) {
        return StaffView.of(service.create(request));
    }

    @PutMapping("/api/staff/comments/bodies/{id}")
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    StaffView update(@PathVariable String id, @Valid @RequestBody PublicBodyRequest request) {
        return StaffView.of(service.update(id, request));
    }

    record StaffView(String id, String name, PublicBodyKind kind, String clerkEmail, String clerkLanguage,
            String timeZone, String meetingLanguage, long deadlineHoursBeforeMeeting, int commentLengthLimit,
            String createdBy) {
        static StaffView of(PublicBody body) {
            return new StaffView(body.id(), body.name(), body.kind(), body.clerkEmail(), body.clerkLanguage(),
                    body.timeZone(), body.meetingLanguage(), body.deadlineBeforeMeeting().toHours(),
                    body.commentLengthLimit(), body.createdBy());
        }
    }

    record PublicView(String id, String name, PublicBodyKind kind, String timeZone, long deadlineHoursBeforeMeeting,
            int commentLengthLimit) {
        static PublicView of(PublicBody body) {
            return new PublicView(body.id(), body.name(), body.kind(), body.timeZone(),
                    body.deadlineBeforeMeeting().toHours(), body.commentLengthLimit());
        }
    }
}
