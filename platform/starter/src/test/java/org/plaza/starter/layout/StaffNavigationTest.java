package org.plaza.starter.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.security.StaffRole;
import org.plaza.starter.webtest.TestTokens;
import org.plaza.starter.webtest.WebTest;

/**
 * Every staff page, whichever service renders it, carries the staff navigation in the layout's header: the areas
 * the signed-in roles open (by the gateway's paths), the page's own area marked, and sign-out; resident pages never.
 */
class StaffNavigationTest extends WebTest {

    @Test
    void aStaffPageLinksEveryAreaTheOrganizerMayOpenAndSignOutInThePagesLanguage() {
        String english = get("/staff/petitions/pet_1?lang=en", "Authorization",
                "Bearer " + TestTokens.withRoles("ORGANIZER")).body();

        assertThat(english).contains("<nav class=\"staff-nav\" aria-label=\"Staff\">",
                "<a href=\"/staff/campaigns\">Campaigns</a>",
                "<a href=\"/staff/petitions\" aria-current=\"page\">Petitions</a>",
                "<a href=\"/staff/comments/drives\">Comment drives</a>",
                "<a href=\"/staff/comments/bodies\">Public bodies</a>",
                "<a href=\"/staff/supporters\">Supporters</a>",
                "<a href=\"/staff/insights\">Dashboards</a>",
                "<a href=\"/sign-out\">Sign out</a>")
                .doesNotContain("/staff/identity/accounts");

        String spanish = get("/staff/petitions/pet_1?lang=es", "Authorization",
                "Bearer " + TestTokens.withRoles("ORGANIZER")).body();
        assertThat(spanish).contains("aria-label=\"Personal\"", ">Campañas</a>", ">Cerrar sesión</a>");
    }

    @Test
    void outreachPagesBelongToTheCampaignsArea() {
        String page = get("/staff/outreach/campaigns/cmp_1?lang=en", "Authorization",
                "Bearer " + TestTokens.withRoles("ADMIN")).body();

        assertThat(page).contains("<a href=\"/staff/campaigns\" aria-current=\"page\">Campaigns</a>",
                "<a href=\"/staff/identity/accounts\">Staff accounts</a>");
    }

    @Test
    void residentPagesCarryNoStaffNavigation() {
        assertThat(get("/drives/drv_1?lang=en").body()).doesNotContain("staff-nav", "/sign-out");
    }

    @Test
    void eachRoleSeesOnlyTheAreasItOpens() {
        StaffMember operator = new StaffMember("stf_1", EnumSet.of(StaffRole.OPERATOR));

        assertThat(StaffNavigation.of("/staff/insights", operator)).extracting(StaffNavigation.Link::path)
                .containsExactly("/staff/insights", "/sign-out");
        assertThat(StaffNavigation.of("/petitions/agua", operator)).isEmpty();
        assertThat(StaffNavigation.of("/staff/insights", null)).isEmpty();
    }
}
