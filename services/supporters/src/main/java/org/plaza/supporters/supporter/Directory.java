package org.plaza.supporters.supporter;

import java.util.List;

import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.access.CampaignTeam;
import org.plaza.starter.id.Ids;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.springframework.stereotype.Service;

/**
 * The organizers' view of the supporters: who a staff member may see (admins everyone; organizers those who acted
 * on a campaign they manage, by the starter's {@link CampaignAccess}), pages and counts of a filter, one supporter,
 * and the tags and notes organizers add. A supporter the reader may not see is answered as unknown (404): a
 * pseudonymous id tells an outsider nothing.
 */
@Service
public class Directory {

    static final int MAX_NOTE = 2000;

    private final SupporterStore store;
    private final SupporterIndex index;
    private final CampaignAccess access;
    private final SupportersSettings settings;

    public Directory(SupporterStore store, SupporterIndex index, CampaignAccess access, SupportersSettings settings) {
        this.store = store;
        this.index = index;
        this.access = access;
        this.settings = settings;
    }

    /** Which supporters this staff member sees. */
    public Scope scope(StaffMember staff) {
        if (staff.isAdmin()) {
            return Scope.everyone();
        }
        return Scope.campaigns(access.managedCampaigns(staff).stream().map(CampaignTeam::campaignId).toList());
    }

    /** The filter, refused (403 campaign-forbidden) when it names a campaign the staff member does not manage. */
    public Scope require(StaffMember staff, SupporterFilter filter) {
        Scope scope = scope(staff);
        if (filter.campaignId() != null && !scope.includesCampaign(filter.campaignId())) {
            throw CampaignAccess.forbidden();
        }
        return scope;
    }

    /** The campaigns the staff member may filter on. */
    public List<String> campaigns(StaffMember staff) {
        return access.managedCampaigns(staff).stream().map(CampaignTeam::campaignId).toList();
    }

    /** Page {@code page} (from 1) of the filter's matches, most recently active first. */
    public Listing list(StaffMember staff, SupporterFilter filter, int page) {
        Scope scope = require(staff, filter);
        int size = settings.pageSize();
        int number = Math.max(1, page);
        SupporterIndex.Page found = index.page(filter, scope, (number - 1) * size, size);
        int pages = (int) Math.max(1, (found.total() + size - 1) / size);
        return new Listing(store.load(found.ids()), found.total(), Math.min(number, pages), pages);
    }

    public long count(StaffMember staff, SupporterFilter filter) {
        return index.count(filter, require(staff, filter));
    }

    /** The tags in use on supporters this staff member sees. */
    public List<String> tags(StaffMember staff) {
        return List.copyOf(index.tags(scope(staff)));
    }

    /** One supporter this staff member sees, or 404 {@code supporter-not-found}. */
    public Supporter visible(StaffMember staff, String supporterId) {
        if (supporterId == null || !index.sees(supporterId, scope(staff))) {
            throw notFound();
        }
        return store.find(supporterId).orElseThrow(Directory::notFound);
    }

    public Supporter addTag(StaffMember staff, String supporterId, String typed) {
        visible(staff, supporterId);
        String tag = Tags.normalize(typed);
        if (tag == null) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation").withFieldError("tag", "supporters.tag.invalid");
        }
        return store.change(supporterId, false, (supporter, now) -> supporter.addTag(tag, now)).orElseThrow(Directory::notFound);
    }

    public Supporter removeTag(StaffMember staff, String supporterId, String typed) {
        visible(staff, supporterId);
        String tag = Tags.normalize(typed);
        return store.change(supporterId, false, (supporter, now) -> tag != null && supporter.removeTag(tag, now))
                .orElseThrow(Directory::notFound);
    }

    public Supporter addNote(StaffMember staff, String supporterId, String text) {
        visible(staff, supporterId);
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation").withFieldError("text", "supporters.note.invalid");
        }
        return store.change(supporterId, false,
                (supporter, now) -> supporter.addNote(new Note(Ids.next("note", now), staff.id(), note, now)))
                .orElseThrow(Directory::notFound);
    }

    private static PlazaProblem notFound() {
        return PlazaProblem.notFound("supporter-not-found", "supporters.problem.not-found");
    }

    /**
     * @param supporters this page's supporters
     * @param total      every match
     * @param page       this page's number, from 1
     * @param pages      how many pages there are
     */
    public record Listing(List<Supporter> supporters, long total, int page, int pages) {
    }
}
