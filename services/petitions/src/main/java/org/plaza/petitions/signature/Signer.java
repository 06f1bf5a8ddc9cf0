package org.plaza.petitions.signature;

/**
 * The signer's personal data, removed when the petition's signers are anonymized: name, email as typed
 * (to write to them; null for a signer who gave only a mobile number), its domain (for bulk invalidation), the
 * client network (IPv4 /24 or IPv6 /48, never the full address) with its sortable key, the optional comment, and
 * the mobile number in E.164 (null when none was given).
 */
public record Signer(String fullName, String email, String emailDomain, String clientNetwork, String clientKey,
        String comment, String phone) {

    /** A signer who gave no mobile number. */
    public Signer(String fullName, String email, String emailDomain, String clientNetwork, String clientKey,
            String comment) {
        this(fullName, email, emailDomain, clientNetwork, clientKey, comment, null);
    }

    /** Whether the codes and messages go by text: the signer gave a mobile number and no email. */
    public boolean textOnly() {
        return email == null && phone != null;
    }
}
