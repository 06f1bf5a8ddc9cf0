package org.plaza.petitions.staff;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in staff member: their opaque id (the token's subject) and roles. */
public record Staff(String id, Set<String> roles) {

    public static Staff of(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toUnmodifiableSet());
        return new Staff(authentication.getName(), roles);
    }

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }

    public boolean isOrganizer() {
        return roles.contains("ORGANIZER");
    }

    public boolean isModerator() {
        return roles.contains("MODERATOR");
    }

    public boolean isOperator() {
        return roles.contains("OPERATOR");
    }
}
