package org.plaza.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

class SignInFailureReasonTest {

    @Test
    void aFailedCallbackIsLoggedByItsErrorCodeAndCauseWithoutTheTokenResponse() {
        OAuth2AuthenticationException timedOut = new OAuth2AuthenticationException(
                new OAuth2Error("invalid_token_response", "secret-looking detail code=abc", null),
                new SocketTimeoutException("Read timed out"));

        assertThat(StaffSignIn.reason(timedOut)).isEqualTo("invalid_token_response (SocketTimeoutException)")
                .doesNotContain("abc");
    }
}
