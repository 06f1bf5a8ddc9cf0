package org.plaza.identity.account;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, after NIST SP 800-63B: at least 12 characters (any characters,
 * spaces included, at most 128), not a common or breached password, not that password dressed up
 * with digits, symbols or look-alike characters ({@code Sunshine2024!}, {@code p@ssw0rd1234}), not
 * one character or group repeated, and not built on the person's own user name or name.
 * No composition rules: a long passphrase is the best password.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final int MIN_PERSONAL_PART = 4;
    /** Characters a password must have besides the person's own names. */
    private static final int PERSONAL_REMAINDER = 8;

    private final CommonPasswords common;

    PasswordPolicy() {
        this(CommonPasswords.load());
    }

    PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** The message key that says why {@code password} is refused, or empty when it is acceptable. */
    public Optional<String> refusal(String password, String username, String displayName) {
        if (password == null || password.isBlank()) {
            return Optional.of("identity.password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("identity.password.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("identity.password.too-long");
        }
        String normalized = Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (isCommon(normalized)) {
            return Optional.of("identity.password.common");
        }
        if (isRepetition(normalized.replaceAll("\\s", ""))) {
            return Optional.of("identity.password.repetitive");
        }
        if (isPersonal(normalized, username, displayName)) {
            return Optional.of("identity.password.personal");
        }
        return Optional.empty();
    }

    private boolean isCommon(String normalized) {
        String compact = normalized.replaceAll("\\s", "");
        for (String candidate : List.of(normalized, compact, base(compact), base(unLeet(compact)), unLeet(compact))) {
            if (!candidate.isEmpty() && common.contains(candidate)) {
                return true;
            }
        }
        String base = base(unLeet(compact));
        return base.length() >= MIN_PERSONAL_PART && isRepetitionOf(base, common);
    }

    /** The word inside: digits and symbols stripped from both ends ({@code !!summer2024!} → {@code summer}). */
    private static String base(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && !Character.isLetter(password.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(start, end);
    }

    private static String unLeet(String password) {
        StringBuilder plain = new StringBuilder(password.length());
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            plain.append(switch (c) {
                case '@', '4' -> 'a';
                case '3' -> 'e';
                case '1', '!', '|' -> 'i';
                case '0' -> 'o';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return plain.toString();
    }

    /** {@code aaaaaaaaaaaa}, {@code abcabcabcabc}, {@code 121212121212}. */
    private static boolean isRepetition(String password) {
        int length = password.length();
        for (int unit = 1; unit <= length / 2; unit++) {
            if (length % unit == 0 && password.substring(0, unit).repeat(length / unit).equals(password)) {
                return true;
            }
        }
        return false;
    }

    /** {@code passwordpassword}: a listed password written twice or more. */
    private static boolean isRepetitionOf(String password, CommonPasswords common) {
        int length = password.length();
        for (int unit = MIN_PERSONAL_PART; unit <= length / 2; unit++) {
            String part = password.substring(0, unit);
            if (length % unit == 0 && part.repeat(length / unit).equals(password) && common.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersonal(String normalized, String username, String displayName) {
        List<String> parts = new ArrayList<>();
        for (String source : new String[] { username, displayName }) {
            if (source != null) {
                for (String part : Normalizer.normalize(source, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                        .split("[^\\p{L}\\p{N}]+")) {
                    if (part.length() >= MIN_PERSONAL_PART) {
                        parts.add(part);
                    }
                }
            }
        }
        String compact = normalized.replaceAll("[^\\p{L}\\p{N}]", "");
        String rest = compact;
        boolean usesPersonalPart = false;
        for (String part : parts) {
            if (rest.contains(part)) {
                usesPersonalPart = true;
                rest = rest.replace(part, "");
            }
        }
        return usesPersonalPart && rest.length() < PERSONAL_REMAINDER;
    }
}
