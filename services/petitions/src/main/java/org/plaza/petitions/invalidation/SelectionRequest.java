package org.plaza.petitions.invalidation;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How staff choose signatures: a criterion and its value (an email address, a domain, a CIDR range) or,
 * for a time window, its bounds; an optional reason for the record.
 */
public record SelectionRequest(@NotNull Criterion criterion, @Size(max = 320) String value, Instant from, Instant to,
        @Size(max = 500) String reason) {
}
