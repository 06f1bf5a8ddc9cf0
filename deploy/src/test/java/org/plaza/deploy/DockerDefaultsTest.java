package org.plaza.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The 'docker' profile's defaults in the starter name the services as Compose runs them. */
class DockerDefaultsTest {

    private static final Pattern SERVICE_URL = Pattern.compile("plaza\\.services\\.([a-z0-9-]+)\\.url");

    private final Repository repository = Repository.current();
    private final Map<String, String> docker = repository.starterDefaults().docker();

    @Test
    void everyServiceIsAddressedByItsComposeNameAndPort() {
        List<String> problems = new ArrayList<>();
        for (ServiceModule module : repository.services()) {
            if (module.applicationName().isEmpty() || module.serverPort().isEmpty()) {
                problems.add(module + " has no spring.application.name or server.port");
                continue;
            }
            String name = module.applicationName().get();
            String expected = "http://" + name + ":" + module.serverPort().get();
            String key = "plaza.services." + name + ".url";
            if (!expected.equals(docker.get(key))) {
                problems.add(key + " is " + docker.get(key) + ", not " + expected);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyServiceAddressNamesAComposeService() {
        var services = Deployment.current().compose().services();
        List<String> unknown = new ArrayList<>();
        docker.keySet().forEach(key -> {
            Matcher url = SERVICE_URL.matcher(key);
            if (url.matches() && !services.containsKey(url.group(1))) {
                unknown.add(key);
            }
        });
        assertThat(unknown).isEmpty();
    }

    @Test
    void staffTokensAreTrustedFromIdentity() {
        assertThat(docker.get("spring.security.oauth2.resourceserver.jwt.issuer-uri")).isEqualTo("${plaza.services.identity.url}");
    }
}
