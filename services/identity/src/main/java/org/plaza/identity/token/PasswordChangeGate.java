package org.plaza.identity.token;

import java.io.IOException;

import org.plaza.identity.signin.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No token for someone still holding a one-time password: the authorization request waits (saved) while
 * they choose their own password, and continues afterwards.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    private final RequestCache requestCache;
    private final String passwordPage;

    PasswordChangeGate(RequestCache requestCache, String passwordPage) {
        this.requestCache = requestCache;
        this.passwordPage = passwordPage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> StaffPrincipal.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()))) {
            requestCache.saveRequest(request, response);
            response.sendRedirect(request.getContextPath() + passwordPage);
            return;
        }
        chain.doFilter(request, response);
    }
}
