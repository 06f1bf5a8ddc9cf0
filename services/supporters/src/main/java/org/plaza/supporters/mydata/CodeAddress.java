package org.plaza.supporters.mydata;

import org.plaza.starter.phone.CanonicalPhone;
import org.plaza.starter.supporter.CanonicalEmail;
import org.plaza.starter.supporter.SupporterIds;

/**
 * Where a resident asked for their code to go: the email address they gave, or, for someone who signed, commented or
 * volunteered with only a mobile number, that number (by text). Each stands for the pseudonym the other services gave
 * the person ({@link SupporterIds}), so the code opens what Plaza keeps under it.
 *
 * @param email the address as typed (stripped), or null
 * @param phone the number, or null
 */
public record CodeAddress(String email, CanonicalPhone phone) {

    /**
     * An email address.
     *
     * @throws org.plaza.starter.supporter.InvalidEmailException if it is not one
     */
    public static CodeAddress email(String email) {
        CanonicalEmail.of(email);
        return new CodeAddress(email.strip(), null);
    }

    /** A mobile number, read by the starter's {@code PhoneNumbers}. */
    public static CodeAddress phone(CanonicalPhone phone) {
        return new CodeAddress(null, phone);
    }

    /** Whether the code goes by text. */
    public boolean byText() {
        return phone != null;
    }

    String supporterId(SupporterIds ids) {
        return phone != null ? ids.supporterId(phone) : ids.supporterId(CanonicalEmail.of(email));
    }

    String phoneE164() {
        return phone == null ? null : phone.value();
    }
}
