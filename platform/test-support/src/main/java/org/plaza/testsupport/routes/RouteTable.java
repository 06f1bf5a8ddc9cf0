package org.plaza.testsupport.routes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which paths of the public origin go to which service: {@code contracts/routes.yml} in this module, read as it
 * is by the gateway's test (its configuration must equal it) and by every service's
 * {@link ServedRoutesContract}.
 *
 * @param services      each routed service by its name ({@code spring.application.name})
 * @param gatewayPaths  what the gateway serves itself
 * @param platformPaths what every service serves on the platform's network only (health, OpenAPI, errors)
 */
public record RouteTable(Map<String, Routes> services, @DefaultValue List<String> gatewayPaths,
        @DefaultValue List<String> platformPaths) {

    /** Where the table lives on the test class path. */
    public static final String LOCATION = "contracts/routes.yml";

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

    /** The table as written in {@link #LOCATION}. */
    public static RouteTable load() {
        try {
            var sources = new YamlPropertySourceLoader().load(LOCATION, new ClassPathResource(LOCATION));
            return new Binder(ConfigurationPropertySources.from(sources)).bind("plaza.routes", Bindable.of(RouteTable.class))
                    .orElseThrow(() -> new IllegalStateException("No plaza.routes in " + LOCATION));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The routes of one service; fails for a service the table does not name. */
    public Routes of(String service) {
        Routes routes = services.get(service);
        if (routes == null) {
            throw new AssertionError("The route table (" + LOCATION + ") has no entry for '" + service
                    + "': add one, and the same paths to the gateway's plaza.gateway.routes");
        }
        return routes;
    }

    /** The service the gateway sends this path to, if any. */
    public Optional<String> serviceFor(String path) {
        return services.entrySet().stream()
                .filter(entry -> Stream.concat(entry.getValue().publicPaths().stream(), entry.getValue().staffPaths().stream())
                        .anyMatch(pattern -> matches(pattern, path)))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Whether a path matches an Ant-style pattern of the table ({@code /x/**} also matches {@code /x}). */
    public static boolean matches(String pattern, String path) {
        PathPattern parsed = PARSER.parse(pattern);
        return parsed.matches(PathContainer.parsePath(path));
    }

    /**
     * A concrete path that a pattern of the table matches, for probing: a final {@code /**} becomes
     * {@code /route-probe}.
     */
    public static String examplePath(String pattern) {
        return pattern.endsWith("/**") ? pattern.substring(0, pattern.length() - 3) + "/route-probe" : pattern;
    }

    /**
     * One service's entry.
     *
     * @param publicPaths   routed as they are
     * @param staffPaths    routed with the signed-in staff member's access token
     * @param internalPaths served for other services only, never routed
     */
    public record Routes(@DefaultValue List<String> publicPaths, @DefaultValue List<String> staffPaths,
            @DefaultValue List<String> internalPaths) {

        /** Every pattern of the entry, routed or internal. */
        public List<String> all() {
            List<String> all = new ArrayList<>(publicPaths);
            all.addAll(staffPaths);
            all.addAll(internalPaths);
            return all;
        }
    }
}
