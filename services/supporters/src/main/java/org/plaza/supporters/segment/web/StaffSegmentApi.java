package org.plaza.supporters.segment.web;

import java.time.Instant;
import java.util.List;

import org.plaza.starter.security.StaffMember;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.supporters.segment.Segments;
import org.plaza.supporters.supporter.FilterForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/staff/supporters/segments}: saved segments with live counts. A segment is saved as
 * {@code {"name": "…", "filter": {"campaign": "…", "did": "SIGNED", "community": "OASIS", "consent": "EMAIL:CAMPAIGN_UPDATES"}}}
 * with the list's filter fields; a bad one is a 400 validation problem naming the fields.
 */
@RestController
@RequestMapping("/api/staff/supporters/segments")
class StaffSegmentApi {

    private final Segments segments;
    private final Vocabulary vocabulary;

    StaffSegmentApi(Segments segments, Vocabulary vocabulary) {
        this.segments = segments;
        this.vocabulary = vocabulary;
    }

    @GetMapping
    List<SegmentView> list(Authentication auth) {
        return segments.list(StaffMember.of(auth)).stream().map(SegmentView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SegmentView save(@RequestBody SegmentRequest request, Authentication auth) {
        StaffMember staff = StaffMember.of(auth);
        FilterForm filter = request.filter() == null ? new FilterForm() : request.filter();
        String id = segments.save(staff, request.name(), filter.toFilter(vocabulary)).id();
        return SegmentView.of(segments.find(staff, id));
    }

    @GetMapping("/{segmentId}")
    SegmentView one(@PathVariable String segmentId, Authentication auth) {
        return SegmentView.of(segments.find(StaffMember.of(auth), segmentId));
    }

    @DeleteMapping("/{segmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String segmentId, Authentication auth) {
        segments.delete(StaffMember.of(auth), segmentId);
    }

    /** @param name the segment's name; @param filter the list's filter fields */
    record SegmentRequest(String name, FilterForm filter) {
    }

    /** A segment as the API shows it. */
    record SegmentView(String segmentId, String name, FilterForm filter, String ownerStaffId, Instant createdAt, long count) {

        static SegmentView of(Segments.Counted counted) {
            return new SegmentView(counted.segment().id(), counted.segment().name(), FilterForm.of(counted.segment().filter()),
                    counted.segment().ownerStaffId(), counted.segment().createdAt(), counted.count());
        }
    }
}
