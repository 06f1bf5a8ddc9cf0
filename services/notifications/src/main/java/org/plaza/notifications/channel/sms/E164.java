package org.plaza.notifications.channel.sms;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * A number as requests carry it, in E.164: whether it is written so, and its prefix for the per-prefix limit
 * (libphonenumber knows how long its country code is). Whether it may be texted at all (a mobile of an allowed
 * region) is the starter's {@link org.plaza.starter.phone.PhoneNumbers}' decision.
 */
public final class E164 {

    private static final Pattern FORM = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private E164() {
    }

    /** Whether {@code number} is written in E.164 ({@code +} and 7 to 15 digits). */
    public static boolean isE164(String number) {
        return number != null && FORM.matcher(number).matches();
    }

    /**
     * The number's prefix: its country code and the first {@code digits} digits of the national number
     * ({@code +1760555} for +17605551234 with 6), the unit of the per-prefix limit.
     */
    public static String prefix(String e164, int digits) {
        return parse(e164).map(number -> {
            String national = String.valueOf(number.getNationalNumber());
            return "+" + number.getCountryCode() + national.substring(0, Math.min(digits, national.length()));
        }).orElse(e164.substring(0, Math.min(e164.length(), digits + 2)));
    }

    private static Optional<PhoneNumber> parse(String e164) {
        if (!isE164(e164)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UTIL.parse(e164, null));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
