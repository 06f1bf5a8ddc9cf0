package org.plaza.starter.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.plaza.starter.security.StaffMember;
import org.plaza.starter.security.StaffRole;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The navigation every staff page carries in the shared layout's header: each staff area of the platform (by the
 * gateway's public path, whichever service renders the page) that the signed-in staff member's roles open, the
 * area the page belongs to marked as current, and the sign-out page last. Shifts, trainings and meetings are
 * managed per campaign, from the campaign's page, so outreach's staff pages belong to the campaigns area.
 */
public final class StaffNavigation {

    /** One link of the navigation; {@code label} is a message key of {@code plaza/layout}. */
    public record Link(String path, String label, boolean current) {
    }

    private enum Area {
        CAMPAIGNS("/staff/campaigns", "plaza.staff-nav.campaigns", Set.of(StaffRole.ORGANIZER, StaffRole.ADMIN),
                "/staff/campaigns", "/staff/outreach"),
        PETITIONS("/staff/petitions", "plaza.staff-nav.petitions",
                Set.of(StaffRole.ORGANIZER, StaffRole.MODERATOR, StaffRole.ADMIN), "/staff/petitions"),
        DRIVES("/staff/comments/drives", "plaza.staff-nav.drives", Set.of(StaffRole.ORGANIZER, StaffRole.ADMIN),
                "/staff/comments/drives", "/staff/comments/packets"),
        BODIES("/staff/comments/bodies", "plaza.staff-nav.bodies", Set.of(StaffRole.ORGANIZER, StaffRole.ADMIN),
                "/staff/comments/bodies"),
        SUPPORTERS("/staff/supporters", "plaza.staff-nav.supporters", Set.of(StaffRole.ORGANIZER, StaffRole.ADMIN),
                "/staff/supporters"),
        DASHBOARDS("/staff/insights", "plaza.staff-nav.dashboards",
                Set.of(StaffRole.ORGANIZER, StaffRole.OPERATOR, StaffRole.ADMIN), "/staff/insights"),
        ACCOUNTS("/staff/identity/accounts", "plaza.staff-nav.accounts", Set.of(StaffRole.ADMIN), "/staff/identity");

        private final String path;
        private final String label;
        private final Set<StaffRole> roles;
        private final List<String> prefixes;

        Area(String path, String label, Set<StaffRole> roles, String... prefixes) {
            this.path = path;
            this.label = label;
            this.roles = roles;
            this.prefixes = List.of(prefixes);
        }

        boolean contains(String requestPath) {
            return prefixes.stream().anyMatch(p -> requestPath.equals(p) || requestPath.startsWith(p + "/"));
        }
    }

    static final String SIGN_OUT = "/sign-out";

    private StaffNavigation() {
    }

    /**
     * The navigation for a page at {@code path} (without context path): none for a page that is not a staff page
     * or when nobody is signed in, else the areas {@code staff} may open and the sign-out page.
     */
    public static List<Link> of(String path, StaffMember staff) {
        if (staff == null || !isStaffPath(path)) {
            return List.of();
        }
        List<Link> areas = new ArrayList<>();
        for (Area area : Area.values()) {
            if (area.roles.stream().anyMatch(staff::has)) {
                areas.add(new Link(area.path, area.label, area.contains(path)));
            }
        }
        areas.add(new Link(SIGN_OUT, "plaza.staff-nav.sign-out", false));
        return List.copyOf(areas);
    }

    /** {@link #of(String, StaffMember)} for whoever is signed in on this request. */
    static List<Link> forCurrentRequest(String path) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return of(path, signedIn ? StaffMember.of(authentication) : null);
    }

    static boolean isStaffPath(String path) {
        return path.equals("/staff") || path.startsWith("/staff/");
    }
}
