package org.plaza.starter.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The signed-in staff member as every service sees them: the token's subject (an opaque staff id) and
 * the staff roles among its authorities. Whether they may act on a particular campaign is decided by
 * {@code org.plaza.starter.access.CampaignAccess}.
 *
 * <p>The token's claims are a contract with the issuer (identity): {@code sub}, {@code roles} and, when the
 * account has one, {@value #EMAIL_CLAIM}. Identity's tests prove it issues them, this package's that it reads them.
 *
 * @param id    the token's {@code sub}
 * @param roles the {@link StaffRole}s the token carries; authorities that are not staff roles are left out
 * @param email the account's email address (the token's {@value #EMAIL_CLAIM} claim), or null when it has none
 */
public record StaffMember(String id, Set<StaffRole> roles, String email) {

    /** The claim that carries the staff member's email address, absent when their account has none. */
    public static final String EMAIL_CLAIM = "email";

    public StaffMember {
        roles = Set.copyOf(roles);
        email = email == null || email.isBlank() ? null : email.strip();
    }

    /** A staff member whose email address is not known. */
    public StaffMember(String id, Set<StaffRole> roles) {
        this(id, roles, null);
    }

    public static StaffMember of(Authentication authentication) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (StaffRole role : StaffRole.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new StaffMember(authentication.getName(), roles, emailOf(authentication));
    }

    private static String emailOf(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken jwt ? jwt.getToken().getClaimAsString(EMAIL_CLAIM) : null;
    }

    /** The address to write to this staff member, when their account has one. */
    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }

    /** The staff member signed in on this request; refused (403) when nobody is. */
    public static StaffMember current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new AccessDeniedException("No staff member signed in");
        }
        return of(authentication);
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(StaffRole.ADMIN);
    }

    public boolean isOrganizer() {
        return has(StaffRole.ORGANIZER);
    }

    public boolean isModerator() {
        return has(StaffRole.MODERATOR);
    }

    public boolean isOperator() {
        return has(StaffRole.OPERATOR);
    }
}
