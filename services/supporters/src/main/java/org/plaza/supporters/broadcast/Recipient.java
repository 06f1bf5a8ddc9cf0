package org.plaza.supporters.broadcast;

import org.plaza.supporters.supporter.ContactDetails;

/**
 * One supporter as a broadcast sees them.
 *
 * @param supporterId            their pseudonym; the stream is ordered by it
 * @param email                  their address, or null if they gave none
 * @param displayName            how to greet them, or null
 * @param locale                 their language (es, en); anything else gets Spanish
 * @param campaignUpdatesByEmail whether they agreed to campaign updates by email (and have not withdrawn it)
 * @param phone                  their mobile number in E.164, or null if they gave none
 * @param campaignUpdatesByText  whether they agreed to campaign updates by text (and have not withdrawn it, also by
 *                               texting STOP or ALTO)
 */
public record Recipient(String supporterId, String email, String displayName, String locale,
        boolean campaignUpdatesByEmail, String phone, boolean campaignUpdatesByText) {

    /** Someone without a mobile number or a text consent. */
    public Recipient(String supporterId, String email, String displayName, String locale,
            boolean campaignUpdatesByEmail) {
        this(supporterId, email, displayName, locale, campaignUpdatesByEmail, null, false);
    }

    /** Whether a broadcast may be emailed to them: they agreed to campaign updates by email and gave an address. */
    public boolean emailable() {
        return campaignUpdatesByEmail && email != null && !email.isBlank();
    }

    /** Whether a broadcast may be texted to them: they agreed to campaign updates by text and gave a mobile number. */
    public boolean textable() {
        return campaignUpdatesByText && ContactDetails.textable(phone);
    }

    /** The language they get: English if they chose it, Spanish otherwise. */
    public String language() {
        return language(locale);
    }

    /** English for {@code en} in any case, Spanish for anything else. */
    static String language(String locale) {
        return "en".equalsIgnoreCase(locale) ? "en" : "es";
    }
}
