package org.plaza.starter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import com.nimbusds.jwt.SignedJWT;

/**
 * The staff member as services read them, and the services' side of the staff token contract: a token shaped as
 * identity issues it (test-support's {@link StaffTokens}, whose claims identity's {@code StaffSignInFlowTest} checks
 * on real tokens) is read with its id, roles and email address.
 */
class StaffMemberTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void readsTheStaffRolesAmongTheAuthoritiesAndLeavesTheRestOut() {
        StaffMember member = StaffMember.of(new TestingAuthenticationToken("stf-7", null, "ROLE_ORGANIZER",
                "ROLE_MODERATOR", "SCOPE_openid", "ROLE_SUPERUSER", "ADMIN"));

        assertThat(member.id()).isEqualTo("stf-7");
        assertThat(member.roles()).containsExactlyInAnyOrder(StaffRole.ORGANIZER, StaffRole.MODERATOR);
        assertThat(member.isOrganizer()).isTrue();
        assertThat(member.isModerator()).isTrue();
        assertThat(member.isAdmin()).isFalse();
        assertThat(member.isOperator()).isFalse();
    }

    @Test
    void theSignedInMemberIsTheOneOnThisThread() {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("stf-admin", null, "ROLE_ADMIN", "ROLE_OPERATOR"));

        StaffMember member = StaffMember.current();

        assertThat(member).isEqualTo(new StaffMember("stf-admin", Set.of(StaffRole.OPERATOR, StaffRole.ADMIN)));
        assertThat(member.has(StaffRole.ADMIN)).isTrue();
    }

    @Test
    void nobodySignedInIsRefusedAsForbidden() {
        assertThatThrownBy(StaffMember::current).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rolesCannotBeChangedAfterTheFact() {
        StaffMember member = StaffMember.of(new TestingAuthenticationToken("stf-1", null, "ROLE_OPERATOR"));

        assertThatThrownBy(() -> member.roles().add(StaffRole.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void readsTheEmailAddressOfAStaffMemberWhoseAccountHasOne() throws ParseException {
        StaffMember member = StaffMember.of(authentication(
                StaffTokens.shared().staffTokenWithEmail("stf_ana", "ana@example.org", Role.ORGANIZER)));

        assertThat(StaffMember.EMAIL_CLAIM).isEqualTo(StaffTokens.EMAIL_CLAIM);
        assertThat(member.id()).isEqualTo("stf_ana");
        assertThat(member.roles()).containsExactly(StaffRole.ORGANIZER);
        assertThat(member.email()).isEqualTo("ana@example.org");
        assertThat(member.emailAddress()).hasValue("ana@example.org");
    }

    @Test
    void aStaffMemberWhoseTokenCarriesNoEmailHasNoAddress() throws ParseException {
        StaffMember member = StaffMember.of(authentication(StaffTokens.shared().staffToken("stf_ben", Role.ADMIN)));

        assertThat(member.email()).isNull();
        assertThat(member.emailAddress()).isEmpty();
        assertThat(new StaffMember("stf_ben", member.roles())).isEqualTo(member);
        assertThat(new StaffMember("stf_ana", Set.of(), "  ").emailAddress()).as("a blank address is none").isEmpty();
    }

    /** The token decoded as a resource server does, with the roles the starter's converter maps. */
    private static JwtAuthenticationToken authentication(String token) throws ParseException {
        Map<String, Object> claims = SignedJWT.parse(token).getJWTClaimsSet().toJSONObject();
        Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").claims(all -> all.putAll(claims))
                .issuedAt(Instant.now().minusSeconds(1)).expiresAt(Instant.now().plusSeconds(60)).build();
        List<GrantedAuthority> authorities = List.copyOf(new StaffRolesConverter().convert(jwt));
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }
}
