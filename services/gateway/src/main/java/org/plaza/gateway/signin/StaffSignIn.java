package org.plaza.gateway.signin;

import org.plaza.starter.security.PlazaHttpSecurityCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.plaza.starter.security.StaffSecurityAutoConfiguration;
import org.plaza.starter.security.TokenClientSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Staff sign in once, at the gateway: an unauthenticated staff page starts the authorization code flow
 * with PKCE against identity; the gateway keeps the tokens in the browser's session (and only there, so
 * they end with it) and relays the access token to the services. Staff APIs answer 401 instead of
 * redirecting. {@code POST /logout} signs out of the gateway and identity.
 * <p>
 * Until the sign-in succeeds nothing is kept in the gateway's memory: the page to come back to and the
 * authorization request travel in short-lived cookies ({@link ReturnToCookie}, {@link AuthorizationRequestCookie}),
 * so anonymous visitors cannot fill the heap with sessions. Calls to identity have timeouts ({@link TokenClients}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenClientSettings.class)
class StaffSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(StaffSignIn.class);


    static final String REGISTRATION = "identity";
    static final String START = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
            + "/" + REGISTRATION;
    /** RFC 8058: mail programs POST to the unsubscribe link without a CSRF token (the token is in the path). */
    static final String ONE_CLICK_UNSUBSCRIBE = "/notifications/unsubscribe/*";

    /** Replaces the starter's 401 page for staff pages with the start of the sign-in. */
    @Bean(StaffSecurityAutoConfiguration.PAGE_ENTRY_POINT)
    AuthenticationEntryPoint staffPageEntryPoint() {
        return new LoginUrlAuthenticationEntryPoint(START);
    }

    /** After the size, admission and rate filters (their body limit applies), before Spring Security (-100). */
    @Bean
    FilterRegistrationBean<MultipartCsrfField> multipartCsrfField() {
        FilterRegistrationBean<MultipartCsrfField> registration = new FilterRegistrationBean<>(new MultipartCsrfField());
        registration.setOrder(-150);
        return registration;
    }

    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    TokenClients tokenClients(TokenClientSettings settings) {
        return new TokenClients(settings);
    }

    /** Checks ID tokens with keys fetched under a timeout (picked up by {@code oauth2Login}). */
    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoderFactory(TokenClients clients) {
        return clients.idTokenDecoders();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients, TokenClients clients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
                authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken(refresh -> refresh.accessTokenResponseClient(clients.refresh()))
                .build());
        return manager;
    }

    @Bean
    PlazaHttpSecurityCustomizer staffSignInCustomizer(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients, TokenClients clients) {
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        AuthorizationRequestCookie authorizationRequests = new AuthorizationRequestCookie(
                registrations.findByRegistrationId(REGISTRATION).getClientSecret());
        ReturnToCookie returnTo = new ReturnToCookie();
        return new PlazaHttpSecurityCustomizer() {
            @Override
            public void customize(HttpSecurity http) throws Exception {
                http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED));
                http.requestCache(cache -> cache.requestCache(returnTo));
                http.oauth2Login(login -> login
                        .loginPage(START)
                        .authorizationEndpoint(endpoint -> endpoint
                                .authorizationRequestResolver(withPkce)
                                .authorizationRequestRepository(authorizationRequests))
                        .tokenEndpoint(token -> token.accessTokenResponseClient(clients.codeExchange()))
                        .authorizedClientRepository(authorizedClients)
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new StaffRolesMapper()))
                        .successHandler((request, response, authentication) -> {
                            SavedRequest asked = returnTo.getRequest(request, response);
                            returnTo.removeRequest(request, response);
                            response.sendRedirect(asked != null ? asked.getRedirectUrl() : request.getContextPath() + "/");
                        })
                        .failureHandler((request, response, exception) -> {
                            LOG.warn("A staff sign-in failed at the callback: {}", reason(exception));
                            response.sendError(401);
                        }));
                http.logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessHandler(new IdentityLogout())
                        .invalidateHttpSession(true)
                        .clearAuthentication(true));
                http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/public/**")
                        .ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, ONE_CLICK_UNSUBSCRIBE)));
            }
        };
    }

    /** The OAuth2 error code and the cause's type (a timeout, a refused state): never a token or a code. */
    static String reason(AuthenticationException exception) {
        String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
                : exception.getClass().getSimpleName();
        return exception.getCause() == null ? code : code + " (" + exception.getCause().getClass().getSimpleName() + ")";
    }
}
