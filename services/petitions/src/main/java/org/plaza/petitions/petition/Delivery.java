package org.plaza.petitions.petition;

import java.time.Instant;
import java.time.LocalDate;

/** How and when a closed petition reached its decision-maker. */
public record Delivery(LocalDate deliveredOn, DeliveryMethod method, String notes, long verifiedSignatureCount,
        String staffId, Instant recordedAt) {
}
