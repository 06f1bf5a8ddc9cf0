package org.plaza.supporters.segment;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.plaza.starter.id.Ids;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.supporters.supporter.Directory;
import org.plaza.supporters.supporter.Scope;
import org.plaza.supporters.supporter.Supporter;
import org.plaza.supporters.supporter.SupporterFilter;
import org.plaza.supporters.supporter.SupporterIndex;
import org.plaza.supporters.supporter.SupporterStore;
import org.springframework.stereotype.Service;

/**
 * Saved segments and the one way to read who a segment or filter matches. Counting uses the in-memory index only;
 * streaming finds the matching ids in the index and reads the documents a batch at a time, so a segment of 50,000
 * is never held whole:
 *
 * <pre>{@code
 * long sent = segments.stream(staff, segmentId, supporter -> queue(supporter));      // a saved segment, as staff sees it
 * segments.stream(filter, Scope.everyone(), supporter -> ...);                      // any filter, any scope
 * }</pre>
 *
 * A segment is visible to admins, to the organizer who saved it, and to the organizers of the campaign its filter
 * names; its count and members are always those the reader's own scope sees.
 */
@Service
public class Segments {

    static final int MAX_NAME = 80;

    private final SavedSegments saved;
    private final Directory directory;
    private final SupporterIndex index;
    private final SupporterStore store;
    private final Clock clock;

    Segments(SavedSegments saved, Directory directory, SupporterIndex index, SupporterStore store, Clock clock) {
        this.saved = saved;
        this.directory = directory;
        this.index = index;
        this.store = store;
        this.clock = clock;
    }

    public SavedSegment save(StaffMember staff, String name, SupporterFilter filter) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation").withFieldError("name", "supporters.segments.name.invalid");
        }
        directory.require(staff, filter);
        return saved.save(new SavedSegment(Ids.next("seg", clock.instant()), trimmed, filter, staff.id(), clock.instant()));
    }

    /** The segments this staff member sees, newest first, each with its live count. */
    public List<Counted> list(StaffMember staff) {
        Scope scope = directory.scope(staff);
        return saved.findAllByOrderByCreatedAtDesc().stream().filter(segment -> sees(staff, scope, segment))
                .map(segment -> new Counted(segment, index.count(segment.filter(), scope))).toList();
    }

    /** One segment this staff member sees, with its live count, or 404 {@code segment-not-found}. */
    public Counted find(StaffMember staff, String segmentId) {
        Scope scope = directory.scope(staff);
        SavedSegment segment = visible(staff, scope, segmentId);
        return new Counted(segment, index.count(segment.filter(), scope));
    }

    /** Deletes a segment: its owner or an admin. */
    public void delete(StaffMember staff, String segmentId) {
        SavedSegment segment = visible(staff, directory.scope(staff), segmentId);
        if (!staff.isAdmin() && !staff.id().equals(segment.ownerStaffId())) {
            throw PlazaProblem.conflict("segment-not-yours", "supporters.segments.not-yours")
                    .withFieldError("segment", "supporters.segments.not-yours");
        }
        saved.delete(segment);
    }

    /** How many supporters the filter matches among those the staff member sees. */
    public long count(StaffMember staff, SupporterFilter filter) {
        return index.count(filter, directory.require(staff, filter));
    }

    /** Streams the members of a saved segment that the staff member sees; answers how many there were. */
    public long stream(StaffMember staff, String segmentId, Consumer<Supporter> each) {
        Scope scope = directory.scope(staff);
        return stream(visible(staff, scope, segmentId).filter(), scope, each);
    }

    /**
     * Streams every supporter the filter matches within the scope, most recently active first, reading documents
     * in batches; answers how many were handed over. Supporters removed meanwhile are skipped.
     */
    public long stream(SupporterFilter filter, Scope scope, Consumer<Supporter> each) {
        long[] handed = { 0 };
        store.forEach(index.ids(filter, scope), supporter -> {
            each.accept(supporter);
            handed[0]++;
        });
        return handed[0];
    }

    private SavedSegment visible(StaffMember staff, Scope scope, String segmentId) {
        return saved.findById(segmentId == null ? "" : segmentId).filter(segment -> sees(staff, scope, segment))
                .orElseThrow(() -> PlazaProblem.notFound("segment-not-found", "supporters.segments.not-found"));
    }

    private static boolean sees(StaffMember staff, Scope scope, SavedSegment segment) {
        if (staff.isAdmin() || staff.id().equals(segment.ownerStaffId())) {
            return true;
        }
        String campaign = segment.filter().campaignId();
        return campaign != null && !scope.isEveryone() && scope.includesCampaign(campaign);
    }

    /** A segment and how many supporters it matches now for the reader. */
    public record Counted(SavedSegment segment, long count) {
    }
}
