package org.plaza.petitions.signature;

import java.time.Instant;

/** A hidden comment: why, by whom, when. */
record CommentModeration(String reason, String staffId, Instant at) {
}
