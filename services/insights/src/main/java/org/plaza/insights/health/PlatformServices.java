package org.plaza.insights.health;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform's services answer, {@code plaza.services.<name>.url} (the devstack sets
 * {@code PLAZA_SERVICES_<NAME>_URL}); defaults are the ports of {@code ./plaza up} on 127.0.0.1.
 */
@ConfigurationProperties("plaza")
public record PlatformServices(Map<String, Address> services) {

    public PlatformServices {
        services = services == null ? Map.of() : new TreeMap<>(services);
    }

    /** A service's base URL. */
    public record Address(URI url) {
    }
}
