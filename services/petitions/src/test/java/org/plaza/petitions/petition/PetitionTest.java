package org.plaza.petitions.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.events.petitions.PetitionClosed;
import org.plaza.starter.outbox.PendingEvent;
import org.plaza.starter.problem.PlazaProblem;

/** The petition's lifecycle rules, without Spring. */
class PetitionTest {

    static final Instant NOW = Instant.parse("2026-03-01T18:00:00Z");

    static PetitionDetails complete(Instant closesAt) {
        return new PetitionDetails("Agua limpia", "Clean water", "Texto", "Text", "La junta", "The board", 200,
                List.of(), List.of("MECCA"), closesAt);
    }

    @Test
    void aDraftWithBothLanguagesPublishesAndAnnouncesItsDefaultMilestones() {
        Petition petition = Petition.draft("pet_1", "agua", "cmp_1", complete(null), "org-1", NOW);
        petition.publish("org-1", NOW);

        assertThat(petition.status()).isEqualTo(PetitionStatus.OPEN);
        assertThat(types(petition)).containsExactly("plaza.identity.staff-action-audited.v1",
                "plaza.petitions.petition-published.v1", "plaza.identity.staff-action-audited.v1");
        assertThat(petition.details().effectiveMilestones()).containsExactly(50, 100, 150, 200);
        assertThat(petition.acceptsSignatures(NOW)).isTrue();
    }

    @Test
    void refusesToPublishWithOneLanguageMissingAndNamesEveryMissingField() {
        PetitionDetails spanishOnly = new PetitionDetails("Agua", null, "Texto", " ", "La junta", null, null,
                List.of(), List.of(), null);
        Petition petition = Petition.draft("pet_1", "agua", "cmp_1", spanishOnly, "org-1", NOW);

        assertThatThrownBy(() -> petition.publish("org-1", NOW)).isInstanceOfSatisfying(PlazaProblem.class,
                problem -> assertThat(problem.getFieldErrors()).extracting(PlazaProblem.Field::name)
                        .containsExactly("titleEn", "textEn", "decisionMakerEn", "signatureGoal", "communities"));
        assertThat(petition.status()).isEqualTo(PetitionStatus.DRAFT);
    }

    @Test
    void refusesAClosingDateInThePastAndTakesNoSignaturesAfterItsClosingDate() {
        Petition late = Petition.draft("pet_1", "agua", "cmp_1", complete(NOW.minusSeconds(1)), "org-1", NOW);
        assertThatThrownBy(() -> late.publish("org-1", NOW)).isInstanceOf(PlazaProblem.class);

        Petition petition = Petition.draft("pet_2", "agua-2", "cmp_1", complete(NOW.plusSeconds(60)), "org-1", NOW);
        petition.publish("org-1", NOW);
        assertThat(petition.acceptsSignatures(NOW.plusSeconds(59))).isTrue();
        assertThat(petition.acceptsSignatures(NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void extendsOnlyToALaterFutureDeadlineAndAnnouncesTheNewDate() {
        Instant first = NOW.plus(10, ChronoUnit.DAYS);
        Petition petition = Petition.draft("pet_1", "agua", "cmp_1", complete(first), "org-1", NOW);
        petition.publish("org-1", NOW);
        int before = petition.pendingEvents().size();

        assertThatThrownBy(() -> petition.extendDeadline(first.minusSeconds(1), "org-1", NOW))
                .isInstanceOf(PlazaProblem.class);
        assertThatThrownBy(() -> petition.extendDeadline(NOW.minusSeconds(1), "org-1", NOW))
                .isInstanceOf(PlazaProblem.class);
        assertThat(petition.pendingEvents()).hasSize(before);
        petition.extendDeadline(first.plus(5, ChronoUnit.DAYS), "org-1", NOW);

        assertThat(petition.details().closesAt()).isEqualTo(first.plus(5, ChronoUnit.DAYS));
        assertThat(types(petition).subList(before, types(petition).size())).containsExactly(
                "plaza.petitions.petition-deadline-extended.v1", "plaza.identity.staff-action-audited.v1");
        assertThat(petition.pendingEvents().get(before).subject()).isEqualTo("pet_1");
    }

    @Test
    void aClosedPetitionsDeadlineCannotBeExtended() {
        Petition petition = Petition.draft("pet_1", "agua", "cmp_1", complete(null), "org-1", NOW);
        petition.publish("org-1", NOW);
        petition.close(PetitionClosed.Reason.CLOSED_BY_ORGANIZER, 0, "org-1", NOW);
        int before = petition.pendingEvents().size();

        assertThatThrownBy(() -> petition.extendDeadline(NOW.plus(30, ChronoUnit.DAYS), "org-1", NOW))
                .isInstanceOf(PlazaProblem.class);
        assertThat(petition.pendingEvents()).hasSize(before);
    }

    @Test
    void walksDraftOpenClosedDeliveredAndRecordsTheResponseOnce() {
        Petition petition = Petition.draft("pet_1", "agua", "cmp_1", complete(null), "org-1", NOW);
        assertThatThrownBy(() -> petition.close(PetitionClosed.Reason.CLOSED_BY_ORGANIZER, 0, "org-1", NOW))
                .isInstanceOf(PlazaProblem.class);
        petition.publish("org-1", NOW);
        assertThatThrownBy(() -> petition.recordDelivery(LocalDate.of(2026, 3, 2), DeliveryMethod.EMAIL, null, 5,
                "org-1", NOW)).isInstanceOf(PlazaProblem.class);
        petition.close(PetitionClosed.Reason.CLOSED_BY_ORGANIZER, 5, "org-1", NOW);
        assertThatThrownBy(() -> petition.edit(complete(null), "org-1", NOW)).isInstanceOf(PlazaProblem.class);
        petition.recordDelivery(LocalDate.of(2026, 3, 2), DeliveryMethod.EMAIL, "notas", 5, "org-1", NOW);
        petition.recordResponse(LocalDate.of(2026, 3, 9), ResponseOutcome.ACCEPTED, "Sí", "Yes", "org-1", NOW);
        assertThatThrownBy(() -> petition.recordResponse(LocalDate.of(2026, 3, 9), ResponseOutcome.REJECTED, "No",
                "No", "org-1", NOW)).isInstanceOf(PlazaProblem.class);

        assertThat(petition.status()).isEqualTo(PetitionStatus.DELIVERED);
        assertThat(petition.pendingSignerUpdates()).extracting(SignerUpdate::kind)
                .containsExactly(SignerUpdate.Kind.DELIVERED, SignerUpdate.Kind.RESPONDED);
        petition.signerUpdateCompleted("update-delivered", NOW);
        assertThat(petition.pendingSignerUpdates()).extracting(SignerUpdate::kind)
                .containsExactly(SignerUpdate.Kind.RESPONDED);
    }

    @Test
    void aClosingDateCloseNamesNoStaffAndIsNotAudited() {
        Petition petition = Petition.draft("pet_1", "agua", "cmp_1", complete(null), "org-1", NOW);
        petition.publish("org-1", NOW);
        int before = petition.pendingEvents().size();
        petition.close(PetitionClosed.Reason.DEADLINE_PASSED, 3, null, NOW);
        assertThat(types(petition).subList(before, types(petition).size()))
                .containsExactly("plaza.petitions.petition-closed.v1");
    }

    @Test
    void explicitMilestonesAreSortedAndDistinct() {
        PetitionDetails details = new PetitionDetails("a", "a", "a", "a", "a", "a", 10, List.of(5, 1, 5, 10),
                List.of("MECCA"), null);
        assertThat(details.effectiveMilestones()).containsExactly(1, 5, 10);
        PetitionDetails tiny = new PetitionDetails("a", "a", "a", "a", "a", "a", 1, null, List.of("MECCA"), null);
        assertThat(tiny.effectiveMilestones()).containsExactly(1);
    }

    @Test
    void slugsAreLowerCaseAsciiWords() {
        assertThat(Slugs.fromTitle("¡Agua limpia para Mecca y Oasis!")).isEqualTo("agua-limpia-para-mecca-y-oasis");
        assertThat(Slugs.fromTitle("Año  Niño")).isEqualTo("ano-nino");
        assertThat(Slugs.fromTitle("x".repeat(100))).hasSizeLessThanOrEqualTo(60);
    }

    private static List<String> types(Petition petition) {
        return petition.pendingEvents().stream().map(PendingEvent::type).toList();
    }
}
