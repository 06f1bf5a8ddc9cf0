package org.plaza.starter.supporter;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An email address reduced to the form that identifies one mailbox, so that one person signing twice
 * with different spellings is recognised: trimmed and Unicode-normalized (NFC), lower-case, the
 * internationalized domain in its ASCII form ({@code señal.mx} → {@code xn--seal-hqa.mx}), any
 * {@code +tag} removed from the local part, and for Gmail the dots removed and {@code googlemail.com}
 * mapped to {@code gmail.com}. {@code toString()} masks the address; call {@link #value()} on purpose.
 */
public final class CanonicalEmail {

    private static final Set<String> GMAIL = Set.of("gmail.com", "googlemail.com");
    /** Dot-atom local part: RFC 5322 atext plus any Unicode letter, mark or digit (RFC 6531). */
    private static final Pattern LOCAL_PART =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private final String value;

    private CanonicalEmail(String value) {
        this.value = value;
    }

    /**
     * The canonical form of {@code address}.
     *
     * @throws InvalidEmailException if {@code address} is not a usable email address
     */
    public static CanonicalEmail of(String address) {
        if (address == null) {
            throw new InvalidEmailException();
        }
        String email = Normalizer.normalize(address.strip(), Normalizer.Form.NFC);
        int at = email.lastIndexOf('@');
        if (email.length() > 320 || at <= 0 || at == email.length() - 1) {
            throw new InvalidEmailException();
        }
        String local = email.substring(0, at).toLowerCase(Locale.ROOT);
        String domain = asciiDomain(email.substring(at + 1));
        if (local.length() > 64 || !LOCAL_PART.matcher(local).matches()) {
            throw new InvalidEmailException();
        }
        int tag = local.indexOf('+');
        if (tag >= 0) {
            local = local.substring(0, tag);
        }
        if (GMAIL.contains(domain)) {
            domain = "gmail.com";
            local = local.replace(".", "");
        }
        if (local.isEmpty() || local.startsWith(".") || local.endsWith(".") || local.length() + 1 + domain.length() > 254) {
            throw new InvalidEmailException();
        }
        return new CanonicalEmail(local + "@" + domain);
    }

    /** The canonical address: personal data, keep it out of logs and events. */
    public String value() {
        return value;
    }

    private static String asciiDomain(String domain) {
        String name = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
        String ascii;
        try {
            ascii = IDN.toASCII(name.toLowerCase(Locale.ROOT), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAHostName) {
            throw new InvalidEmailException();
        }
        String[] labels = ascii.split("\\.", -1);
        if (ascii.length() > 253 || labels.length < 2 || labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            throw new InvalidEmailException();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidEmailException();
            }
        }
        return ascii;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CanonicalEmail email && email.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "CanonicalEmail[" + value.charAt(0) + "***" + value.substring(value.indexOf('@')) + "]";
    }
}
