package org.plaza.petitions.petition.web;

import java.time.Instant;
import java.util.List;

import org.plaza.petitions.petition.PetitionDetails;
import org.plaza.starter.validation.SingleLine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Request bodies of the staff API that the staff pages take in another shape (milestones as text, times local to
 * the service's zone); the limits are the same. Delivery and response are {@code DeliveryReport} and
 * {@code ResponseReport}, which both bind.
 */
final class PetitionBodies {

    static final int TITLE = 150;
    static final int TEXT = 20_000;
    static final int DECISION_MAKER = 200;

    private PetitionBodies() {
    }

    /** A new petition: the campaign, an optional URL name, and any of the details. */
    record Create(
            @NotBlank @Size(max = 60) String campaignId,
            @Size(min = 3, max = 80) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
            @Size(max = TITLE) @SingleLine String titleEs, @Size(max = TITLE) @SingleLine String titleEn,
            @Size(max = TEXT) String textEs, @Size(max = TEXT) String textEn,
            @Size(max = DECISION_MAKER) @SingleLine String decisionMakerEs,
            @Size(max = DECISION_MAKER) @SingleLine String decisionMakerEn,
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
            @Size(max = TITLE) @SingleLine String titleEs, @Size(max = TITLE) @SingleLine String titleEn,
            @Size(max = TEXT) String textEs, @Size(max = TEXT) String textEn,
            @Size(max = DECISION_MAKER) @SingleLine String decisionMakerEs,
            @Size(max = DECISION_MAKER) @SingleLine String decisionMakerEn,
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
}
