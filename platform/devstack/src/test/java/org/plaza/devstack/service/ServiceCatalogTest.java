package org.plaza.devstack.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceCatalogTest {

    @TempDir
    Path repo;

    private final Map<String, Integer> listed = new LinkedHashMap<>(Map.of("gateway", 8080));

    @Test
    void aRepositoryWithoutServicesHasNone() {
        assertThat(ServiceCatalog.of(repo, listed).services()).isEmpty();
    }

    @Test
    void onlyServicesWithAPomStartInListedOrderOnTheirPorts() throws Exception {
        listed.put("petitions", 8083);
        listed.put("comments", 8084);
        module("comments");
        module("gateway");
        Files.createDirectories(repo.resolve("services/petitions"));

        assertThat(ServiceCatalog.of(repo, listed).services())
                .extracting(ServiceCatalog.Service::name, ServiceCatalog.Service::port)
                .containsExactly(tuple("gateway", 8080), tuple("comments", 8084));
    }

    @Test
    void anUnlistedServiceGetsThePortAfterTheHighestListedOne() throws Exception {
        listed.put("insights", 8087);
        module("murals");

        assertThat(ServiceCatalog.of(repo, listed).services())
                .singleElement()
                .satisfies(service -> assertThat(service.port()).isEqualTo(8088));
    }

    @Test
    void prefersThePlainJarNameAndFallsBackToTheVersionedBootJar() throws Exception {
        Path target = module("petitions").resolve("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("plaza-petitions-0.1.0-SNAPSHOT-plain.jar"), "");
        Files.writeString(target.resolve("plaza-petitions-0.1.0-SNAPSHOT.jar"), "");
        listed.put("petitions", 8083);
        ServiceCatalog.Service service = ServiceCatalog.of(repo, listed).services().get(0);

        assertThat(service.builtJar().getFileName()).hasToString("plaza-petitions-0.1.0-SNAPSHOT.jar");

        Files.writeString(target.resolve("plaza-petitions.jar"), "");
        assertThat(service.builtJar().getFileName()).hasToString("plaza-petitions.jar");
    }

    @Test
    void startsOnlyTheChosenServicesAndRejectsOnesThatDoNotExist() throws Exception {
        listed.put("petitions", 8083);
        module("gateway");
        module("petitions");
        ServiceCatalog catalog = ServiceCatalog.of(repo, listed);

        assertThat(catalog.only(Optional.of(Set.of("petitions"))).services())
                .extracting(ServiceCatalog.Service::name).containsExactly("petitions");
        assertThat(catalog.only(Optional.of(Set.of())).services()).isEmpty();
        assertThat(catalog.only(Optional.empty()).services()).hasSize(2);
        assertThatThrownBy(() -> catalog.only(Optional.of(Set.of("murals"))))
                .hasMessage("No such service: murals (services with a pom.xml: gateway, petitions)");
    }

    @Test
    void readsPortsInFileOrderIgnoringComments() throws Exception {
        String file = "# ports\ngateway=8080\n\nidentity = 8081\n";

        assertThat(ServiceCatalog.ports(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))))
                .containsExactly(Map.entry("gateway", 8080), Map.entry("identity", 8081));
    }

    @Test
    void theShippedListStartsWithTheGatewayOn8080() {
        assertThat(ServiceCatalog.load(repo).services()).isEmpty();
        assertThat(ServiceCatalog.class.getResource("/services.properties")).isNotNull();
    }

    private Path module(String name) throws Exception {
        Path dir = Files.createDirectories(repo.resolve("services").resolve(name));
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        return dir;
    }
}
