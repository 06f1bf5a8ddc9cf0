package org.plaza.gateway.signin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.plaza.starter.security.StaffRole;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * The signed-in staff member's roles at the gateway come from the ID token's {@code roles} claim, as
 * {@code ROLE_<name>}; unknown values are ignored, like the services do with the access token.
 */
class StaffRolesMapper implements GrantedAuthoritiesMapper {

    private static final Set<String> KNOWN = Arrays.stream(StaffRole.values()).map(Enum::name).collect(Collectors.toSet());

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        List<GrantedAuthority> mapped = new ArrayList<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc
                    && oidc.getIdToken().getClaims().get("roles") instanceof Collection<?> roles) {
                roles.stream().map(String::valueOf).filter(KNOWN::contains).distinct()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .forEach(mapped::add);
            }
        }
        return mapped;
    }
}
