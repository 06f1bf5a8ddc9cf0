package org.plaza.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.testsupport.routes.RouteTable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The gateway's side of the route table: in every profile its configured routes are the platform's route
 * table ({@link RouteTable}), each routed service has an address, and what links and rate limits name is routed.
 * The configuration is read the way Boot reads it (the profile's file over {@code application.yml}), without
 * starting the gateway.
 */
class RouteTableTest {

    static final RouteTable TABLE = RouteTable.load();

    @ParameterizedTest
    @ValueSource(strings = { "default", "embedded", "docker" })
    void theGatewayRoutesExactlyTheRouteTable(String profile) {
        Map<String, List<List<String>>> configured = new LinkedHashMap<>();
        settings(profile).routes().forEach((service, paths) -> configured.put(service,
                List.of(paths.publicPaths(), paths.staffPaths())));
        Map<String, List<List<String>>> table = new LinkedHashMap<>();
        TABLE.services().forEach((service, paths) -> table.put(service, List.of(paths.publicPaths(), paths.staffPaths())));

        assertThat(configured).as("plaza.gateway.routes (profile %s) against %s", profile, RouteTable.LOCATION)
                .containsExactlyInAnyOrderEntriesOf(table);
    }

    @ParameterizedTest
    @ValueSource(strings = { "default", "embedded", "docker" })
    void everyRoutedServiceHasAnAddress(String profile) {
        ServiceUrls urls = binder(profile).bind("plaza", Bindable.of(ServiceUrls.class)).get();

        for (String service : TABLE.services().keySet()) {
            assertThatCode(() -> urls.of(service)).as("plaza.services.%s.url in profile %s", service, profile)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void residentLinksBetweenServicesLeadToTheirOwner() {
        assertThat(TABLE.serviceFor(ResidentLinks.petition("pet_1"))).hasValue("petitions");
        assertThat(TABLE.serviceFor(ResidentLinks.commentDrive("drv_1"))).hasValue("comments");
        assertThat(TABLE.serviceFor(ResidentLinks.shift("shf_1"))).hasValue("outreach");
        assertThat(TABLE.serviceFor(ResidentLinks.meeting("mtg_1"))).hasValue("outreach");
    }

    /** The resident-write and sign-in limits name paths; a path no route reaches would be a limit on nothing. */
    @Test
    void everyPathWithAWriteLimitIsRouted() {
        Binder binder = binder("default");
        List<String> limited = new ArrayList<>();
        for (String rule : List.of("resident-writes", "staff-sign-in")) {
            limited.addAll(binder.bind("plaza.gateway.rate-limits." + rule + ".paths", Bindable.listOf(String.class))
                    .get());
        }

        assertThat(limited).allSatisfy(pattern -> assertThat(TABLE.serviceFor(RouteTable.examplePath(pattern))
                .isPresent() || TABLE.gatewayPaths().stream()
                        .anyMatch(own -> RouteTable.matches(own, RouteTable.examplePath(pattern))))
                .as("%s is routed", pattern).isTrue());
    }

    private static RouteSettings settings(String profile) {
        return binder(profile).bind("plaza.gateway", Bindable.of(RouteSettings.class)).get();
    }

    /** {@code application-<profile>.yml} over {@code application.yml}, as Boot orders them. */
    private static Binder binder(String profile) {
        List<PropertySource<?>> sources = new ArrayList<>();
        if (!profile.equals("default")) {
            sources.addAll(yaml("application-" + profile + ".yml"));
        }
        sources.addAll(yaml("application.yml"));
        return new Binder(ConfigurationPropertySources.from(sources));
    }

    private static List<PropertySource<?>> yaml(String file) {
        try {
            return new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
