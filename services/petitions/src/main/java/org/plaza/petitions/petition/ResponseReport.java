package org.plaza.petitions.petition;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The decision maker's answer to a delivered petition, summarized in both languages: the one input of the staff
 * API's and the staff page's "record the response", so both refuse the same values with the same messages.
 */
public record ResponseReport(
        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate respondedOn,
        @NotNull ResponseOutcome outcome,
        @NotBlank @Size(max = 5_000) String summaryEs,
        @NotBlank @Size(max = 5_000) String summaryEn) {
}
