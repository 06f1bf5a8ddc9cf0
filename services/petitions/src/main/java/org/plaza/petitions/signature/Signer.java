package org.plaza.petitions.signature;

/**
 * The signer's personal data, removed when the petition's signers are anonymized: name, email as typed
 * (to write to them), its domain (for bulk invalidation), the client network (IPv4 /24 or IPv6 /48,
 * never the full address) with its sortable key, and the optional comment.
 */
public record Signer(String fullName, String email, String emailDomain, String clientNetwork, String clientKey,
        String comment) {
}
