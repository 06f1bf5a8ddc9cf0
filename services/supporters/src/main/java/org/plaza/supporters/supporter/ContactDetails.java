package org.plaza.supporters.supporter;

import java.time.Instant;

/**
 * Contact details as one source gave them; a blank field leaves what is known. Details given at {@code at} replace
 * details given earlier, never later ones, so hand-overs arriving in any order end in the same record.
 */
public record ContactDetails(String email, String name, String phone, String language, String community, Instant at) {
}
