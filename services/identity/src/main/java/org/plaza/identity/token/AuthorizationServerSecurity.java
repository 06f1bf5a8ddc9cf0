package org.plaza.identity.token;

import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.plaza.identity.IdentitySettings;
import org.plaza.identity.account.StaffAccount;
import org.plaza.identity.account.StaffAccounts;
import org.plaza.starter.problem.LocalizedProblems;
import org.plaza.starter.security.SecuritySettings;
import org.plaza.identity.signin.PlazaHeaders;
import org.plaza.starter.security.StaffMember;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Spring Authorization Server with OIDC: the protocol endpoints ({@code /oauth2/authorize},
 * {@code /oauth2/token}, {@code /oauth2/jwks}, {@code /connect/logout}, discovery) in a chain of their
 * own, ahead of the sign-in chain and the starter's. Tokens carry the staff id as {@code sub} and the
 * account's current roles in {@code roles} and its email address (when it has one) in {@code email}, read again
 * at every refresh, so a disabled account, a changed role or a new address takes effect within one access-token
 * lifetime. Services read both through the starter's {@link StaffMember}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerSecurity {

    static final String ROLES_CLAIM = "roles";
    static final String SIGN_IN_PAGE = "/identity/sign-in";
    static final String PASSWORD_PAGE = "/identity/password";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, SecuritySettings settings,
            RequestCache signInRequestCache, LocalizedProblems problems) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, authorizationServer -> authorizationServer.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(PlazaHeaders.signInOrProblem(problems, SIGN_IN_PAGE))
                        .accessDeniedHandler(PlazaHeaders.formExpired()))
                .requestCache(cache -> cache.requestCache(signInRequestCache))
                .addFilterAfter(new PasswordChangeGate(signInRequestCache, PASSWORD_PAGE),
                        SecurityContextHolderFilter.class)
                .csrf(csrf -> csrf.csrfTokenRepository(PlazaHeaders.csrfTokens()));
        PlazaHeaders.apply(http, settings);
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentitySettings settings) {
        return AuthorizationServerSettings.builder().issuer(settings.issuer().toString()).build();
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentitySettings settings, PasswordEncoder passwords,
            Environment environment) {
        return new InMemoryRegisteredClientRepository(GatewayClientRegistration.of(settings, passwords, environment));
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return (selector, context) -> selector.select(keys.keys());
    }

    /** Identity's own staff pages and APIs accept its tokens, checked against its own keys and issuer. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, IdentitySettings settings) {
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.issuer().toString()));
        return decoder;
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> staffClaims(StaffAccounts accounts) {
        return context -> {
            StaffAccount account = accounts.findById(context.getPrincipal().getName())
                    .filter(StaffAccount::enabled)
                    .filter(found -> !found.passwordChangeRequired())
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                            OAuth2ErrorCodes.INVALID_GRANT, "The staff account cannot sign in", null)));
            List<String> roles = account.roles().stream().map(Enum::name).sorted().toList();
            context.getClaims().subject(account.id()).claim(ROLES_CLAIM, roles);
            if (account.email() != null) {
                context.getClaims().claim(StaffMember.EMAIL_CLAIM, account.email());
            }
        };
    }
}
