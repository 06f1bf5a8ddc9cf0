package org.plaza.petitions.petition.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.plaza.petitions.petition.DeliveryMethod;
import org.plaza.petitions.petition.PetitionDetails;
import org.plaza.petitions.petition.ResponseOutcome;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** Request bodies of the staff API; limits are the same as on the staff pages. */
final class PetitionBodies {

    static final int TITLE = 150;
    static final int TEXT = 20_000;
    static final int DECISION_MAKER = 200;
    static final int SUMMARY = 5_000;
    static final int NOTES = 2_000;

    private PetitionBodies() {
    }

    /** A new petition: the campaign, an optional URL name, and any of the details. */
    record Create(
            @NotBlank @Size(max = 60) String campaignId,
            @Size(min = 3, max = 80) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
            @Size(max = TITLE) String titleEs, @Size(max = TITLE) String titleEn,
            @Size(max = TEXT) String textEs, @Size(max = TEXT) String textEn,
            @Size(max = DECISION_MAKER) String decisionMakerEs, @Size(max = DECISION_MAKER) String decisionMakerEn,
            @Min(1) @Max(10_000_000) Integer signatureGoal,
            @Size(max = 20) List<@NotNull @Min(1) @Max(100_000_000) Integer> milestones,
            @Size(max = 30) List<@NotBlank @Size(max = 40) String> communities,
            Instant closesAt) {

        PetitionDetails details() {
            return new PetitionDetails(titleEs, titleEn, textEs, textEn, decisionMakerEs, decisionMakerEn,
                    signatureGoal, milestones, communities, closesAt);
        }
    }

    /** The details of a draft, replaced as a whole. */
    record Edit(
            @Size(max = TITLE) String titleEs, @Size(max = TITLE) String titleEn,
            @Size(max = TEXT) String textEs, @Size(max = TEXT) String textEn,
            @Size(max = DECISION_MAKER) String decisionMakerEs, @Size(max = DECISION_MAKER) String decisionMakerEn,
            @Min(1) @Max(10_000_000) Integer signatureGoal,
            @Size(max = 20) List<@NotNull @Min(1) @Max(100_000_000) Integer> milestones,
            @Size(max = 30) List<@NotBlank @Size(max = 40) String> communities,
            Instant closesAt) {

        PetitionDetails details() {
            return new PetitionDetails(titleEs, titleEn, textEs, textEn, decisionMakerEs, decisionMakerEn,
                    signatureGoal, milestones, communities, closesAt);
        }
    }

    record Deadline(@NotNull Instant closesAt) {
    }

    record DeliveryBody(@NotNull @PastOrPresent LocalDate deliveredOn, @NotNull DeliveryMethod method,
            @Size(max = NOTES) String notes) {
    }

    record ResponseBody(@NotNull @PastOrPresent LocalDate respondedOn, @NotNull ResponseOutcome outcome,
            @NotBlank @Size(max = SUMMARY) String summaryEs, @NotBlank @Size(max = SUMMARY) String summaryEn) {
    }
}
