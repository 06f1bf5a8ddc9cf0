package org.plaza.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServletRequest;

class ClientAddressFilterTest {

    private final ClientAddressFilter filter = new ClientAddressFilter(
            new ClientAddresses(TrustedProxies.of(List.of("10.0.0.0/8"))));

    @Test
    void behindATrustedProxyTheRequestIsTheOneTheBrowserMade() throws Exception {
        MockHttpServletRequest request = request("10.0.0.2");
        request.addHeader("X-Forwarded-For", "203.0.113.9");
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "plaza.example.org");

        HttpServletRequest seen = filter(request);

        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
        assertThat(seen.isSecure()).isTrue();
        assertThat(seen.getRequestURL()).hasToString("https://plaza.example.org/petitions/agua");
        assertThat(seen.getHeader("X-Forwarded-For")).isNull();
        assertThat(Collections.list(seen.getHeaderNames())).doesNotContain("X-Forwarded-Proto");
    }

    @Test
    void fromAnyoneElseForwardedHeadersAreIgnoredAndHidden() throws Exception {
        MockHttpServletRequest request = request("198.51.100.7");
        request.addHeader("X-Forwarded-For", "203.0.113.9");
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "evil.example");

        HttpServletRequest seen = filter(request);

        assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.7");
        assertThat(seen.isSecure()).isFalse();
        assertThat(seen.getRequestURL()).hasToString("http://localhost:8080/petitions/agua");
        assertThat(seen.getHeader("X-Forwarded-Host")).isNull();
        assertThat(seen.getAttribute(ClientAddresses.ATTRIBUTE)).isEqualTo("198.51.100.7");
    }

    private static MockHttpServletRequest request(String peer) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/petitions/agua");
        request.setRemoteAddr(peer);
        request.setServerName("localhost");
        request.setServerPort(8080);
        return request;
    }

    private HttpServletRequest filter(MockHttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }
}
