package org.plaza.gateway.routing;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Base URL of each service, {@code plaza.services.<name>.url}: defaults are the {@code ./plaza up} ports,
 * which {@code ./plaza up} overrides with {@code PLAZA_SERVICES_<NAME>_URL} and the {@code docker}
 * profile with the compose names.
 */
@ConfigurationProperties("plaza")
record ServiceUrls(@DefaultValue Map<String, Service> services) {

    URI of(String name) {
        Service service = services.get(name);
        if (service == null || service.url() == null) {
            throw new IllegalStateException("No URL for service '" + name + "': set plaza.services." + name + ".url");
        }
        return service.url();
    }

    /** @param url the service's base URL */
    record Service(URI url) {
    }
}
