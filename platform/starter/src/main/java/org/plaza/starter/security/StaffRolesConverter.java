package org.plaza.starter.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Maps the token's {@code roles} claim (a JSON array) to {@code ROLE_*} authorities, ignoring unknown roles. */
class StaffRolesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

    static final String CLAIM = "roles";

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        if (!(jwt.getClaims().get(CLAIM) instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .map(StaffRole::parse)
                .flatMap(Optional::stream)
                .distinct()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
