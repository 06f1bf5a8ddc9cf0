package org.plaza.petitions.paper;

/**
 * One row of a paper sheet as typed: the name, the email (the one-per-person key, as on the web), an optional phone,
 * the community (a code, or its name in a typed sheet) and whether the signer ticked the consent box.
 */
public record PaperSigner(String fullName, String email, String phone, String community, boolean consent) {
}
