package org.plaza.starter.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The staff roles a token's {@code roles} claim may carry; each becomes the authority
 * {@code ROLE_<name>}, so {@code @PreAuthorize("hasRole('ORGANIZER')")} works.
 */
public enum StaffRole {
    ADMIN, ORGANIZER, MODERATOR, OPERATOR;

    public String authority() {
        return "ROLE_" + name();
    }

    static Optional<StaffRole> parse(Object claimValue) {
        return Arrays.stream(values()).filter(role -> role.name().equals(String.valueOf(claimValue))).findFirst();
    }

    static String[] names() {
        return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }
}
