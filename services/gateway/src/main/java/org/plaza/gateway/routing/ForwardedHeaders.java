package org.plaza.gateway.routing;

import org.plaza.gateway.client.ClientAddresses;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.RequestHttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a service learns about the original request: {@code X-Forwarded-For} with the one client address
 * the gateway believes (see {@link ClientAddresses}), and the scheme, host and port the browser used,
 * so services build links and redirects to the public origin. Whatever forwarding headers the client
 * sent are dropped. Services trust these headers because only the gateway can reach them.
 */
@Component
class ForwardedHeaders implements RequestHttpHeadersFilter, Ordered {

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
        HttpServletRequest servlet = request.servletRequest();
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        for (String name : new String[] { "Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Port",
                "X-Forwarded-Proto", "X-Forwarded-Prefix", "X-Real-IP" }) {
            headers.remove(name);
        }
        Object client = servlet.getAttribute(ClientAddresses.ATTRIBUTE);
        headers.set("X-Forwarded-For", client != null ? client.toString() : servlet.getRemoteAddr());
        headers.set("X-Forwarded-Proto", servlet.getScheme());
        int port = servlet.getServerPort();
        boolean defaultPort = port == ("https".equals(servlet.getScheme()) ? 443 : 80);
        headers.set("X-Forwarded-Host", defaultPort ? servlet.getServerName() : servlet.getServerName() + ":" + port);
        headers.set("X-Forwarded-Port", String.valueOf(port));
        return headers;
    }

    /** After the gateway's own header filters, so nothing re-adds what the client sent. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
