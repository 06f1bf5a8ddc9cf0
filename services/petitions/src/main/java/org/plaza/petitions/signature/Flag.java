package org.plaza.petitions.signature;

import java.time.Instant;

/** A silent fraud flag: the signature is kept for review but does not count. */
record Flag(FlagReason reason, Instant at) {
}
