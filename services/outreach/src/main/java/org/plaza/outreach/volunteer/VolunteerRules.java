package org.plaza.outreach.volunteer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.plaza.events.outreach.VolunteerRegistered.AgeGroup;
import org.plaza.outreach.support.ContactRules;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.stereotype.Component;

/** The rules of the volunteer sign-up, shared by the form and the API so both refuse the same things. */
@Component
public class VolunteerRules {

    static final int MAX_NAME = 120;
    static final int MAX_TEXT = 80;
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[0-9+()\\-. ]+");

    private final Vocabulary vocabulary;
    private final PhoneNumbers phones;

    VolunteerRules(Vocabulary vocabulary, PhoneNumbers phones) {
        this.vocabulary = vocabulary;
        this.phones = phones;
    }

    /** Every problem with the application, in the order the form shows its fields; empty when it is fine. */
    public List<FieldError> check(VolunteerApplication application) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(application.name())) {
            errors.add(new FieldError("name", "volunteer.error.name.missing"));
        } else if (application.name().strip().length() > MAX_NAME) {
            errors.add(new FieldError("name", "volunteer.error.name.long"));
        }
        ContactRules.problems(phones, application.email(), application.phone(), "volunteer.error")
                .forEach((field, key) -> errors.add(new FieldError(field, key)));
        if (blank(application.community())) {
            errors.add(new FieldError("community", "volunteer.error.community.missing"));
        } else if (!vocabulary.isResidentCommunity(application.community())) {
            errors.add(new FieldError("community", "volunteer.error.community.unknown"));
        }
        if (application.languages().isEmpty()) {
            errors.add(new FieldError("languages", "volunteer.error.languages.missing"));
        }
        if (application.languages().contains(SpokenLanguage.OTHER) && blank(application.otherLanguage())) {
            errors.add(new FieldError("otherLanguage", "volunteer.error.other-language.missing"));
        } else if (!blank(application.otherLanguage()) && application.otherLanguage().strip().length() > MAX_TEXT) {
            errors.add(new FieldError("otherLanguage", "volunteer.error.text.long"));
        }
        if (application.ageGroup() == null) {
            errors.add(new FieldError("ageGroup", "volunteer.error.age-group.missing"));
        } else if (application.ageGroup() == AgeGroup.YOUTH) {
            if (blank(application.guardianName())) {
                errors.add(new FieldError("guardianName", "volunteer.error.guardian-name.missing"));
            } else if (application.guardianName().strip().length() > MAX_NAME) {
                errors.add(new FieldError("guardianName", "volunteer.error.name.long"));
            }
            if (blank(application.guardianContact())) {
                errors.add(new FieldError("guardianContact", "volunteer.error.guardian-contact.missing"));
            } else if (!ContactRules.isEmail(application.guardianContact())
                    && normalizePhone(application.guardianContact()) == null) {
                errors.add(new FieldError("guardianContact", "volunteer.error.guardian-contact.invalid"));
            }
            if (!application.guardianConsent()) {
                errors.add(new FieldError("guardianConsent", "volunteer.error.guardian-consent.missing"));
            }
        }
        if (!vocabulary.isSiteLanguage(application.preferredLanguage())) {
            errors.add(new FieldError("preferredLanguage", "volunteer.error.preferred-language.invalid"));
        }
        return errors;
    }

    /** Whether a language code is one the site is shown in ({@code es}, {@code en}). */
    boolean isSiteLanguage(String code) {
        return vocabulary.isSiteLanguage(code);
    }

    /**
     * A phone number as digits with its country code ({@code 17605551234}): ten US digits, eleven starting
     * with 1, or an international number written with a leading +. Null when it is not a phone number.
     */
    public static String normalizePhone(String phone) {
        if (phone == null || !PHONE_CHARACTERS.matcher(phone.strip()).matches()) {
            return null;
        }
        String trimmed = phone.strip();
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (trimmed.startsWith("+")) {
            return digits.length() >= 8 && digits.length() <= 15 ? digits : null;
        }
        if (digits.length() == 10 && digits.charAt(0) >= '2') {
            return "1" + digits;
        }
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            return digits;
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
