package org.plaza.gateway;

import org.springframework.boot.SpringApplication;

/**
 * Runs the gateway on port 8080 in front of services started separately (for example with their own
 * test applications): {@code ./mvnw -pl services/gateway spring-boot:test-run}.
 */
public class TestGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.from(GatewayApplication::main).withAdditionalProfiles("test").run(args);
    }
}
