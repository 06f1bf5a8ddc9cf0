package org.plaza.supporters.broadcast;

/**
 * One supporter as a broadcast sees them.
 *
 * @param supporterId   their pseudonym; the stream is ordered by it
 * @param email         their address, or null if they gave none
 * @param displayName   how to greet them, or null
 * @param locale        their language (es, en); anything else gets Spanish
 * @param campaignUpdatesByEmail whether they agreed to campaign updates by email (and have not withdrawn it)
 */
public record Recipient(String supporterId, String email, String displayName, String locale,
        boolean campaignUpdatesByEmail) {

    /** Whether a broadcast may be sent to them. */
    public boolean reachable() {
        return campaignUpdatesByEmail && email != null && !email.isBlank();
    }

    /** The language they get: English if they chose it, Spanish otherwise. */
    public String language() {
        return "en".equalsIgnoreCase(locale) ? "en" : "es";
    }
}
