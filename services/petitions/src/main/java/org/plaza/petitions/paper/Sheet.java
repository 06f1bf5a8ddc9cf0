package org.plaza.petitions.paper;

import java.time.LocalDate;

/**
 * What a paper sheet says about all its rows: the channel ({@code PAPER_FORM} or {@code CANVASS}), its number or id as
 * written on it, who collected the signatures, where, the day, and the language it was printed in (the wording of its
 * consent box).
 */
public record Sheet(String channel, String sheet, String collector, String place, LocalDate collectedOn,
        String language) {
}
