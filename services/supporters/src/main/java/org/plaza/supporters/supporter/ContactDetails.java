package org.plaza.supporters.supporter;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Contact details as one source gave them; a blank field leaves what is known. Details given at {@code at} replace
 * details given earlier, never later ones, so hand-overs arriving in any order end in the same record.
 */
public record ContactDetails(String email, String name, String phone, String language, String community, Instant at) {

    /** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    /**
     * Whether a phone number kept on a record can be texted: it is in E.164, as the forms hand over the mobile numbers
     * they checked (a number typed into an imported sheet is kept as written, and is not texted). Notifications checks
     * the country and the line type again when it sends.
     */
    public static boolean textable(String phone) {
        return phone != null && E164.matcher(phone).matches();
    }
}
