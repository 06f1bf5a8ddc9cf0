package org.plaza.gateway.client;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The first filter: the rest of the gateway sees the client's address as the remote address and, behind
 * a trusted proxy, the original scheme, host and port (so sign-in callbacks, redirects and HSTS are
 * right). Forwarding headers from anyone else are hidden from everything after this filter, so nothing
 * downstream can be fooled by them.
 */
public class ClientAddressFilter extends OncePerRequestFilter {

    static final Set<String> FORWARDING_HEADERS = Set.of("forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-port", "x-forwarded-proto", "x-forwarded-prefix", "x-real-ip");

    private final ClientAddresses addresses;

    public ClientAddressFilter(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean trusted = addresses.fromTrustedProxy(request);
        String client = addresses.resolve(request.getRemoteAddr(),
                trusted ? ClientAddresses.values(request.getHeaders("X-Forwarded-For")) : List.of());
        ClientRequest wrapped = new ClientRequest(request, client, trusted);
        wrapped.setAttribute(ClientAddresses.ATTRIBUTE, client);
        chain.doFilter(wrapped, response);
    }

    /** The request as the client sent it to the outermost trusted proxy. */
    static final class ClientRequest extends HttpServletRequestWrapper {

        private final String client;
        private final String scheme;
        private final String host;
        private final int port;

        ClientRequest(HttpServletRequest request, String client, boolean trusted) {
            super(request);
            this.client = client;
            String forwardedProto = trusted ? first(request.getHeader("X-Forwarded-Proto")) : null;
            String forwardedHost = trusted ? first(request.getHeader("X-Forwarded-Host")) : null;
            String forwardedPort = trusted ? first(request.getHeader("X-Forwarded-Port")) : null;
            this.scheme = forwardedProto != null && forwardedProto.matches("(?i)https?")
                    ? forwardedProto.toLowerCase(Locale.ROOT) : request.getScheme();
            String hostName = request.getServerName();
            int hostPort = forwardedProto != null ? defaultPort(scheme) : request.getServerPort();
            if (forwardedHost != null && forwardedHost.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?")) {
                int colon = forwardedHost.lastIndexOf(':');
                boolean hasPort = colon > forwardedHost.lastIndexOf(']');
                hostName = hasPort ? forwardedHost.substring(0, colon) : forwardedHost;
                hostPort = hasPort ? Integer.parseInt(forwardedHost.substring(colon + 1)) : defaultPort(scheme);
            }
            if (forwardedPort != null && forwardedPort.matches("\\d{1,5}")) {
                hostPort = Integer.parseInt(forwardedPort);
            }
            this.host = hostName;
            this.port = hostPort;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }

        @Override
        public String getServerName() {
            return host;
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(scheme).append("://").append(host);
            if (port != defaultPort(scheme)) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(ClientRequest::hidden);
            return Collections.enumeration(names);
        }

        private static boolean hidden(String name) {
            return name != null && FORWARDING_HEADERS.contains(name.toLowerCase(Locale.ROOT));
        }

        private static String first(String header) {
            if (header == null) {
                return null;
            }
            String value = header.split(",")[0].strip();
            return value.isEmpty() ? null : value;
        }

        private static int defaultPort(String scheme) {
            return "https".equals(scheme) ? 443 : 80;
        }
    }
}
