package org.plaza.petitions.signature;

import java.time.Instant;

/** A comment as the petition page shows it: the text and the signer's community, never their name. */
public record PublicComment(String text, String community, Instant at) {
}
