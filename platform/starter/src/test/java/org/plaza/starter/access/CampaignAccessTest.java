package org.plaza.starter.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.security.StaffRole;

class CampaignAccessTest {

    private final Map<String, CampaignTeam> known = Map.of(
            "cmp-x", new CampaignTeam("cmp-x", List.of("org-x"), Instant.EPOCH, null),
            "cmp-y", new CampaignTeam("cmp-y", List.of("org-y"), Instant.EPOCH, null));
    private final CampaignAccess access = new CampaignAccess(new CampaignTeams() {
        @Override
        public Optional<CampaignTeam> find(String campaignId) {
            return Optional.ofNullable(campaignId).map(known::get);
        }

        @Override
        public List<CampaignTeam> teamsOf(String staffId) {
            return known.values().stream().filter(team -> team.hasOrganizer(staffId)).toList();
        }

        @Override
        public List<CampaignTeam> all() {
            return known.values().stream().sorted(java.util.Comparator.comparing(CampaignTeam::campaignId)).toList();
        }
    });

    @Test
    void anAdminManagesEveryCampaignEvenOneThisServiceHasNotHeardOf() {
        StaffMember admin = staff("admin-1", StaffRole.ADMIN);

        assertThat(access.mayManage(admin, "cmp-x")).isTrue();
        assertThat(access.mayManage(admin, "cmp-unknown")).isTrue();
        assertThat(access.managedCampaigns(admin)).extracting(CampaignTeam::campaignId).containsExactly("cmp-x", "cmp-y");
    }

    @Test
    void anOrganizerManagesOnlyTheCampaignsWhoseTeamTheyAreOn() {
        StaffMember organizer = staff("org-x", StaffRole.ORGANIZER);

        assertThat(access.mayManage(organizer, "cmp-x")).isTrue();
        assertThat(access.mayManage(organizer, "cmp-y")).isFalse();
        assertThat(access.mayManage(organizer, "cmp-unknown")).isFalse();
        assertThat(access.mayManage(organizer, null)).isFalse();
        assertThat(access.mayRead(organizer, "cmp-y")).isFalse();
        assertThat(access.mayModerate(organizer, "cmp-y")).isFalse();
        assertThat(access.managedCampaigns(organizer)).extracting(CampaignTeam::campaignId).containsExactly("cmp-x");
    }

    @Test
    void aTeamMemberWithoutTheOrganizerRoleManagesNothing() {
        StaffMember operator = staff("org-x", StaffRole.OPERATOR);

        assertThat(access.mayManage(operator, "cmp-x")).isFalse();
        assertThat(access.managedCampaigns(operator)).isEmpty();
    }

    @Test
    void aModeratorModeratesAndReadsEveryCampaignButManagesNone() {
        StaffMember moderator = staff("mod-1", StaffRole.MODERATOR);

        assertThat(access.mayModerate(moderator, "cmp-y")).isTrue();
        assertThat(access.mayRead(moderator, "cmp-y")).isTrue();
        assertThat(access.mayManage(moderator, "cmp-y")).isFalse();
    }

    @Test
    void anOperatorReadsEveryCampaignButNeitherManagesNorModerates() {
        StaffMember operator = staff("op-1", StaffRole.OPERATOR);

        assertThat(access.readsEverything(operator)).isTrue();
        assertThat(access.mayRead(operator, "cmp-x")).isTrue();
        assertThat(access.mayModerate(operator, "cmp-x")).isFalse();
        assertThat(access.mayManage(operator, "cmp-x")).isFalse();
    }

    @Test
    void everyRefusalIsTheOneCampaignForbiddenProblem() {
        StaffMember outsider = staff("org-y", StaffRole.ORGANIZER);

        for (Runnable refused : List.<Runnable>of(() -> access.requireManage(outsider, "cmp-x"),
                () -> access.requireModerate(outsider, "cmp-x"), () -> access.requireRead(outsider, "cmp-x"))) {
            assertThatThrownBy(refused::run).isInstanceOfSatisfying(PlazaProblem.class, problem -> {
                assertThat(problem.getStatus().value()).isEqualTo(403);
                assertThat(problem.getType()).isEqualTo("campaign-forbidden");
                assertThat(problem.getMessageKey()).isEqualTo("plaza.problem.campaign-forbidden");
            });
        }
    }

    private static StaffMember staff(String id, StaffRole... roles) {
        return new StaffMember(id, Set.of(roles));
    }
}
