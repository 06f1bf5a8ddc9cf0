package org.plaza.insights.access;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in staff member: their opaque staff id (the token's subject) and roles.
 *
 * @param staffId the token's {@code sub}
 * @param roles   role names without the {@code ROLE_} prefix
 */
public record Viewer(String staffId, Set<String> roles) {

    public static Viewer of(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toUnmodifiableSet());
        return new Viewer(authentication.getName(), roles);
    }

    /** Operators and admins watch the whole platform. */
    public boolean seesEverything() {
        return roles.contains("ADMIN") || roles.contains("OPERATOR");
    }

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }
}
