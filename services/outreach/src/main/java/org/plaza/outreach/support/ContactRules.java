package org.plaza.outreach.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.supporter.CanonicalEmail;
import org.plaza.starter.supporter.InvalidEmailException;

/**
 * The one rule of how a resident may be reached, shared by the volunteer sign-up and a meeting's RSVP: an email or a
 * mobile number, or both; an email that reads as one; a number the starter's {@link PhoneNumbers} accepts (a mobile of
 * an allowed country, its own message for each refusal).
 */
public final class ContactRules {

    private ContactRules() {
    }

    /**
     * What is wrong with the contact details, as message keys by field ({@code email}, {@code phone}), in the order
     * a form shows them; empty when they are fine. {@code keys} names the form's messages: {@code <keys>.contact.missing}
     * (on {@code email}) and {@code <keys>.email.invalid}; a number's refusal is the starter's message.
     */
    public static Map<String, String> problems(PhoneNumbers phones, String email, String phone, String keys) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean hasEmail = !blank(email);
        boolean hasPhone = !blank(phone);
        if (!hasEmail && !hasPhone) {
            problems.put("email", keys + ".contact.missing");
        }
        if (hasEmail && !isEmail(email)) {
            problems.put("email", keys + ".email.invalid");
        }
        if (hasPhone) {
            phones.problem(phone).ifPresent(problem -> problems.put("phone", problem.messageKey()));
        }
        return problems;
    }

    /** Whether {@code value} reads as an email address. */
    public static boolean isEmail(String value) {
        try {
            CanonicalEmail.of(value);
            return true;
        } catch (InvalidEmailException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
