package org.plaza.petitions.petition;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * How a closed petition reached its decision maker: the one input of the staff API's and the staff page's
 * "record the delivery", so both refuse the same values with the same messages.
 */
public record DeliveryReport(
        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveredOn,
        @NotNull DeliveryMethod method,
        @Size(max = 2_000) String notes) {
}
