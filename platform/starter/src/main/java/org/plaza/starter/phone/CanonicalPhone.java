package org.plaza.starter.phone;

import java.util.Objects;

/**
 * A mobile number reduced to the one form that identifies it, E.164 ({@code +17605551234}), with the region it
 * belongs to, so that one person typing it two ways ({@code (760) 555-1234}, {@code +1 760-555-1234}) is
 * recognised. Made only by {@link PhoneNumbers#canonical(String)}. {@code toString()} masks the number; call
 * {@link #value()} on purpose.
 */
public final class CanonicalPhone {

    private final String value;
    private final String region;

    CanonicalPhone(String value, String region) {
        this.value = value;
        this.region = region;
    }

    /** The number in E.164: {@code +}, country code and national number, no spaces. */
    public String value() {
        return value;
    }

    /** The ISO 3166-1 region of the number ({@code US}). */
    public String region() {
        return region;
    }

    /** The number with all but its last two digits hidden, for a page that says where a code went. */
    public String masked() {
        return "•".repeat(Math.max(0, value.length() - 3)) + value.substring(value.length() - 2);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CanonicalPhone phone && phone.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "CanonicalPhone[" + masked() + "]";
    }
}
