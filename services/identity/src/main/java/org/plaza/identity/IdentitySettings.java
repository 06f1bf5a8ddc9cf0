package org.plaza.identity;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How identity runs: its issuer, the one client it serves (the gateway), token lifetimes, sign-in
 * throttling and the first administrator.
 *
 * @param issuer          the {@code iss} of every token; services trust tokens from this issuer
 * @param gatewayClient   the gateway's client registration
 * @param tokens          token lifetimes
 * @param signIn          throttling of one client after repeated failures on one account
 * @param bootstrapAdmin  the administrator created on the first start
 */
@ConfigurationProperties("plaza.identity")
public record IdentitySettings(
        @DefaultValue("http://127.0.0.1:8081") URI issuer,
        @DefaultValue GatewayClient gatewayClient,
        @DefaultValue Tokens tokens,
        @DefaultValue SignIn signIn,
        @DefaultValue BootstrapAdmin bootstrapAdmin) {

    /**
     * @param clientId     the gateway's client id
     * @param clientSecret its secret (client_secret_basic)
     * @param gatewayUrls  every address the gateway answers on; the sign-in callback
     *                     ({@code /login/oauth2/code/identity}) and the page after sign-out
     *                     ({@code /identity/signed-out}) are registered for each, and for the other
     *                     loopback name ({@code localhost} / {@code 127.0.0.1}) of a loopback address
     */
    public record GatewayClient(
            @DefaultValue("plaza-gateway") String clientId,
            @DefaultValue("plaza-gateway-dev-secret") String clientSecret,
            @DefaultValue("http://127.0.0.1:8080") List<URI> gatewayUrls) {
    }

    /**
     * @param accessTokenTtl  lifetime of access tokens; a role change or a disabled account takes effect
     *                        at the latest when the gateway next refreshes
     * @param refreshTokenTtl how long one sign-in lasts at most
     */
    public record Tokens(
            @DefaultValue("10m") Duration accessTokenTtl,
            @DefaultValue("8h") Duration refreshTokenTtl) {
    }

    /**
     * @param maxFailures wrong passwords in a row from one client that stop it from trying that account
     * @param lockout     for how long (other clients are not affected)
     */
    public record SignIn(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration lockout) {
    }

    /**
     * @param username the first administrator's user name
     * @param password its password (env {@code PLAZA_ADMIN_PASSWORD}); empty means generate a one-time
     *                 password, print it once, and require a new one at the first sign-in
     * @param email    its email address (env {@code PLAZA_ADMIN_EMAIL}); empty means none (an administrator can
     *                 add one on the account's page)
     */
    public record BootstrapAdmin(
            @DefaultValue("admin") String username,
            @DefaultValue("") String password,
            @DefaultValue("") String email) {
    }
}
