package org.plaza.gateway.routing;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Drops from a service's answer the headers that tell a client which software (and which version) runs behind the
 * gateway, or which hops the answer went through: {@code Server}, {@code X-Powered-By} and their kin, {@code Via}.
 * Residents need none of them, and an attacker would read them to pick a known weakness. Every other header passes on
 * as the service sent it. Spring Cloud Gateway applies every {@link ResponseHttpHeadersFilter} bean to every proxied
 * answer (after its own, which drops the hop-by-hop headers).
 */
@Component
class ServiceSoftwareHeaders implements ResponseHttpHeadersFilter {

    /** Headers that name a server, framework, runtime or intermediary; compared without regard to case. */
    static final Set<String> DROPPED = names("Server", "X-Powered-By", "X-AspNet-Version", "X-AspNetMvc-Version",
            "X-Runtime", "X-Generator", "X-Backend-Server", "X-Served-By", "Via");

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerResponse response) {
        if (input.headerNames().stream().noneMatch(DROPPED::contains)) {
            return input;
        }
        HttpHeaders kept = new HttpHeaders();
        input.forEach((name, values) -> {
            if (!DROPPED.contains(name)) {
                kept.addAll(name, values);
            }
        });
        return kept;
    }

    private static Set<String> names(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(Set.of(names));
        return set;
    }
}
