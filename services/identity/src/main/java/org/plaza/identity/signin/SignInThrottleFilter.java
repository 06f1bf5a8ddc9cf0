package org.plaza.identity.signin;

import java.io.IOException;

import org.plaza.identity.account.AccountService;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A sign-in from a client that is throttled for that account is answered like a wrong password, without
 * looking at the password: the page says the same thing for every failure.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final AccountService accounts;

    SignInThrottleFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + SignInSecurity.SIGN_IN));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        if (username != null && accounts.signInThrottled(username, request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + SignInSecurity.SIGN_IN + "?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
