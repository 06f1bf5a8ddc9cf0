package org.plaza.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.starter.outbox.PendingEvent;
import org.plaza.starter.problem.PlazaProblem;

/** The campaign's own rules: what a launch needs, the lifecycle, and which changes are announced. */
class CampaignTest {

    private static final Instant NOW = Instant.parse("2026-03-02T16:00:00Z");

    static CampaignDetails complete() {
        return new CampaignDetails(new LocalizedText("Agua limpia para Oasis", "Clean water for Oasis"),
                new LocalizedText("Agua segura en cada casa.", "Safe water in every home."),
                new LocalizedText("Historia.", "Story."), "WATER_AND_HOUSING_INFRASTRUCTURE",
                List.of("OASIS"), LocalDate.of(2026, 3, 2), null);
    }

    @Test
    void refusesToLaunchUntilEveryTextIsWrittenInBothLanguages() {
        CampaignDetails englishOnly = new CampaignDetails(new LocalizedText(null, "Clean water"),
                new LocalizedText(" ", "Summary"), new LocalizedText(null, null), null, List.of(), null, null);
        Campaign campaign = Campaign.draft("cmp-1", englishOnly, List.of("stf-1"), "stf-1", NOW);

        assertThatThrownBy(() -> campaign.launch("clean-water", "stf-1", NOW))
                .isInstanceOfSatisfying(PlazaProblem.class, problem -> {
                    assertThat(problem.getStatus().value()).isEqualTo(409);
                    assertThat(problem.getType()).isEqualTo("campaign-incomplete");
                    assertThat(problem.getFieldErrors()).extracting(PlazaProblem.Field::name).containsExactly(
                            "title.es", "summary.es", "story.es", "story.en", "issueArea", "communities",
                            "startsOn");
                    assertThat(problem.getFieldErrors()).extracting(PlazaProblem.Field::messageKey)
                            .contains("campaigns.missing.title.es", "campaigns.missing.startsOn");
                });
        assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(campaign.pendingEvents()).isEmpty();
    }

    @Test
    void refusesToLaunchWithoutATeam() {
        Campaign campaign = Campaign.draft("cmp-1", complete(), List.of(), "stf-admin", NOW);

        assertThatThrownBy(() -> campaign.launch("agua", "stf-admin", NOW))
                .isInstanceOfSatisfying(PlazaProblem.class, problem -> assertThat(problem.getFieldErrors())
                        .extracting(PlazaProblem.Field::name).containsExactly("organizerStaffIds"));
    }

    @Test
    void launchingACompleteDraftAnnouncesCampaignLaunched() {
        Campaign campaign = Campaign.draft("cmp-1", complete(), List.of("stf-1"), "stf-1", NOW);

        campaign.launch("agua-limpia-para-oasis", "stf-1", NOW);

        assertThat(campaign.status()).isEqualTo(CampaignStatus.LAUNCHED);
        assertThat(campaign.slug()).isEqualTo("agua-limpia-para-oasis");
        assertThat(campaign.pendingEvents()).extracting(PendingEvent::type, PendingEvent::subject)
                .containsExactly(tuple("plaza.campaigns.campaign-launched.v1", "cmp-1"));
    }

    @Test
    void editsOfADraftAreNotAnnouncedButEditsOfALaunchedCampaignAre() {
        Campaign campaign = Campaign.draft("cmp-1", complete(), List.of("stf-1"), "stf-1", NOW);
        campaign.revise(complete(), "stf-1", NOW);
        assertThat(campaign.pendingEvents()).isEmpty();

        campaign.launch("agua", "stf-1", NOW);
        campaign.revise(complete(), "stf-1", NOW.plusSeconds(60));

        assertThat(campaign.pendingEvents()).extracting(PendingEvent::type).containsExactly(
                "plaza.campaigns.campaign-launched.v1", "plaza.campaigns.campaign-updated.v1");
    }

    @Test
    void aLaunchedCampaignCannotLoseALanguage() {
        Campaign campaign = Campaign.draft("cmp-1", complete(), List.of("stf-1"), "stf-1", NOW);
        campaign.launch("agua", "stf-1", NOW);
        CampaignDetails withoutEnglishTitle = new CampaignDetails(new LocalizedText("Agua", null),
                complete().summary(), complete().story(), complete().issueArea(), complete().communities(),
                complete().startsOn(), null);

        assertThatThrownBy(() -> campaign.revise(withoutEnglishTitle, "stf-1", NOW))
                .isInstanceOfSatisfying(PlazaProblem.class, problem -> {
                    assertThat(problem.getMessageKey()).isEqualTo("campaigns.problem.incomplete-update");
                    assertThat(problem.getFieldErrors()).extracting(PlazaProblem.Field::name)
                            .containsExactly("title.en");
                });
        assertThat(campaign.details().title().en()).isEqualTo("Clean water for Oasis");
    }

    @Test
    void movesOnlyForwardFromDraftToLaunchedToClosed() {
        Campaign campaign = Campaign.draft("cmp-1", complete(), List.of("stf-1"), "stf-1", NOW);
        assertThatThrownBy(() -> campaign.close("stf-1", NOW)).isInstanceOf(PlazaProblem.class);

        campaign.launch("agua", "stf-1", NOW);
        assertThatThrownBy(() -> campaign.launch("agua", "stf-1", NOW))
                .isInstanceOfSatisfying(PlazaProblem.class,
                        problem -> assertThat(problem.getType()).isEqualTo("campaign-not-draft"));

        campaign.close("stf-1", NOW);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThatThrownBy(() -> campaign.revise(complete(), "stf-1", NOW))
                .isInstanceOfSatisfying(PlazaProblem.class,
                        problem -> assertThat(problem.getType()).isEqualTo("campaign-closed"));
        assertThat(campaign.pendingEvents()).extracting(PendingEvent::type).containsExactly(
                "plaza.campaigns.campaign-launched.v1", "plaza.campaigns.campaign-closed.v1");
    }

    @Test
    void announcesTeamChangesOnlyOnceLaunchedAndOnlyWhenTheTeamReallyChanges() {
        Campaign campaign = Campaign.draft("cmp-1", complete(), List.of("stf-1"), "stf-1", NOW);
        assertThat(campaign.changeTeam(List.of("stf-1", "stf-2"), "stf-1", NOW)).isTrue();
        assertThat(campaign.pendingEvents()).isEmpty();

        campaign.launch("agua", "stf-1", NOW);
        assertThat(campaign.changeTeam(List.of("stf-2", "stf-1"), "stf-1", NOW)).isFalse();
        assertThat(campaign.changeTeam(List.of("stf-2", "stf-3"), "stf-1", NOW)).isTrue();

        assertThat(campaign.team()).containsExactly("stf-2", "stf-3");
        assertThat(campaign.pendingEvents()).extracting(PendingEvent::type).containsExactly(
                "plaza.campaigns.campaign-launched.v1", "plaza.campaigns.campaign-team-changed.v1");
        assertThatThrownBy(() -> campaign.changeTeam(List.of(), "stf-2", NOW)).isInstanceOf(PlazaProblem.class);
    }
}
