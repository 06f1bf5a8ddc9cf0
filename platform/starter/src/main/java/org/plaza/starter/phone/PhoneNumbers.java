package org.plaza.starter.phone;

import java.util.Optional;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Reads the mobile number a resident typed, with Google's libphonenumber and its metadata: a number without a
 * country code is taken in the default region (US), the result is the canonical E.164 form. Refused, each with its
 * own {@link PhoneProblem}: what is not a valid number (or carries an extension), a number of a region that is not
 * allowed, and one that cannot receive texts. Mobile means {@code MOBILE} or {@code FIXED_LINE_OR_MOBILE} (the
 * metadata cannot tell most North American numbers apart, so they count as mobile); a landline only, toll-free,
 * premium-rate, shared-cost, VoIP, pager or unknown type is not.
 */
public class PhoneNumbers {

    private static final int MAX_TYPED = 40;
    private static final Set<PhoneNumberType> MOBILE = Set.of(PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private final PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
    private final PhoneSettings settings;

    public PhoneNumbers(PhoneSettings settings) {
        this.settings = settings;
    }

    /**
     * The canonical form of what a resident typed.
     *
     * @throws InvalidPhoneException with the reason, if it is not a mobile number of an allowed region
     */
    public CanonicalPhone canonical(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_TYPED) {
            throw new InvalidPhoneException(PhoneProblem.MALFORMED);
        }
        PhoneNumber number;
        try {
            number = numbers.parse(typed.strip(), settings.defaultRegion());
        } catch (NumberParseException notANumber) {
            throw new InvalidPhoneException(PhoneProblem.MALFORMED);
        }
        if (number.hasExtension() || !numbers.isValidNumber(number)) {
            throw new InvalidPhoneException(PhoneProblem.MALFORMED);
        }
        String region = numbers.getRegionCodeForNumber(number);
        if (region == null || !settings.allowedRegions().contains(region)) {
            throw new InvalidPhoneException(PhoneProblem.REGION_NOT_ALLOWED);
        }
        if (!MOBILE.contains(numbers.getNumberType(number))) {
            throw new InvalidPhoneException(PhoneProblem.NOT_MOBILE);
        }
        return new CanonicalPhone(numbers.format(number, PhoneNumberFormat.E164), region);
    }

    /** What is wrong with a typed number, for a form that shows it next to the field; empty when it is usable. */
    public Optional<PhoneProblem> problem(String typed) {
        try {
            canonical(typed);
            return Optional.empty();
        } catch (InvalidPhoneException refused) {
            return Optional.of(refused.problem());
        }
    }

    /** The canonical form, or empty when the number is not usable (for data already checked once). */
    public Optional<CanonicalPhone> tryCanonical(String typed) {
        try {
            return Optional.of(canonical(typed));
        } catch (InvalidPhoneException refused) {
            return Optional.empty();
        }
    }
}
