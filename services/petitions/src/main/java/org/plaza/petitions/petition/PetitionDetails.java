package org.plaza.petitions.petition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What an organizer writes: the bilingual text, the decision-maker, the goal, the milestones (empty
 * for the default 25/50/75/100 % of the goal), the closing date and the communities concerned. A draft
 * may leave any of it out; publishing needs all but the milestones and the closing date.
 */
public record PetitionDetails(String titleEs, String titleEn, String textEs, String textEn, String decisionMakerEs,
        String decisionMakerEn, Integer signatureGoal, List<Integer> milestones, List<String> communities,
        Instant closesAt) {

    public PetitionDetails {
        milestones = milestones == null ? List.of() : List.copyOf(new TreeSet<>(milestones));
        communities = communities == null ? List.of() : communities.stream().distinct().toList();
    }

    /** The fields that still need a value before the petition can be published. */
    public List<String> missingForPublish() {
        List<String> missing = new ArrayList<>();
        require(missing, "titleEs", titleEs);
        require(missing, "titleEn", titleEn);
        require(missing, "textEs", textEs);
        require(missing, "textEn", textEn);
        require(missing, "decisionMakerEs", decisionMakerEs);
        require(missing, "decisionMakerEn", decisionMakerEn);
        if (signatureGoal == null || signatureGoal < 1) {
            missing.add("signatureGoal");
        }
        if (communities.isEmpty()) {
            missing.add("communities");
        }
        return missing;
    }

    /** The explicit milestones, or 25, 50, 75 and 100 % of the goal (rounded up). */
    public List<Integer> effectiveMilestones() {
        if (!milestones.isEmpty()) {
            return milestones;
        }
        if (signatureGoal == null || signatureGoal < 1) {
            return List.of();
        }
        TreeSet<Integer> defaults = new TreeSet<>();
        for (int percent : new int[] { 25, 50, 75, 100 }) {
            defaults.add((int) Math.max(1, ((long) signatureGoal * percent + 99) / 100));
        }
        return List.copyOf(defaults);
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleEs;
    }

    public String text(String language) {
        return "en".equals(language) ? textEn : textEs;
    }

    public String decisionMaker(String language) {
        return "en".equals(language) ? decisionMakerEn : decisionMakerEs;
    }

    private static void require(List<String> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(field);
        }
    }
}
