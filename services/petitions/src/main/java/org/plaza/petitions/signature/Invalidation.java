package org.plaza.petitions.signature;

import java.time.Instant;

/** The staff invalidation a signature is part of; restoring the batch removes it. */
record Invalidation(String batchId, String criterion, Instant at) {
}
