package org.plaza.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule fails for the right reason: a copy of deploy/ is broken in one place and the rule must name that
 * place. Without these, a rule that checks nothing would pass as well as a good deployment.
 */
class BrokenDeploymentTest {

    private static final Repository REPOSITORY = Repository.current();
    private static final ComposeSchema SCHEMA = ComposeSchema.read(REPOSITORY.composeSpecSchema());

    @TempDir
    Path temp;

    private Deployment broken() {
        return Deployment.copyInto(temp);
    }

    private static List<String> composeRules(Deployment deployment) {
        return new ComposeRules(deployment.compose(), deployment, REPOSITORY).all();
    }

    @Nested
    class Schema {

        @Test
        void refusesAnAttributeComposeDoesNotKnow() {
            Deployment deployment = broken().edit("compose.yaml", "    image: apache/kafka:4.1.2\n    restart:",
                    "    image: apache/kafka:4.1.2\n    restarts:");
            assertThat(SCHEMA.validate(deployment.compose())).containsExactly("/services/kafka: property 'restarts' is not defined in the schema"
                            + " and the schema does not allow additional properties");
        }

        @Test
        void refusesADependencyConditionComposeDoesNotKnow() {
            Deployment deployment = broken().edit("compose.yaml", "mailpit: { condition: service_healthy }",
                    "mailpit: { condition: service_ready }");
            assertThat(SCHEMA.validate(deployment.compose())).anySatisfy(error -> assertThat(error)
                    .startsWith("/services/notifications/depends_on/mailpit/condition: does not have a value in the enumeration"));
        }

        @Test
        void refusesAnOverlayWithAWronglyTypedReplicaCount() {
            Deployment deployment = broken().edit("compose.scale.yaml", "  comments:\n    deploy: { replicas: 2 }",
                    "  comments:\n    deploy: { replicas: [2] }");
            assertThat(SCHEMA.validate(deployment.scaled()))
                    .containsExactly("/services/comments/deploy/replicas: array found, [integer, string] expected");
        }
    }

    @Nested
    class Rules {

        @Test
        void serviceWithoutHealthcheckAndTheServicesWaitingForIt() {
            Deployment deployment = broken().edit("compose.yaml", "test: [\"CMD\", \"/mailpit\", \"readyz\"]", "disable: true");
            assertThat(composeRules(deployment)).contains("mailpit has no healthcheck",
                    "notifications waits for mailpit to be healthy, but it has no healthcheck");
        }

        @Test
        void dependencyOnAServiceThatDoesNotExist() {
            Deployment deployment = broken().edit("compose.yaml", "      mailpit: { condition: service_healthy }",
                    "      mail: { condition: service_healthy }");
            assertThat(composeRules(deployment)).contains("notifications depends on mail, which is not a service");
        }

        @Test
        void dependencyThatDoesNotWaitForHealth() {
            Deployment deployment = broken().edit("compose.yaml", "prometheus: { condition: service_healthy }",
                    "prometheus: { condition: service_started }");
            assertThat(composeRules(deployment)).contains("grafana depends on prometheus with service_started, not service_healthy");
        }

        @Test
        void serviceWithoutMemoryLimit() {
            Deployment deployment = broken().edit("compose.yaml", "        limits:\n          memory: 1g", "        limits: {}");
            assertThat(composeRules(deployment)).contains("kafka has no memory limit (deploy.resources.limits.memory)");
        }

        @Test
        void serviceThatStaysDownAfterACrash() {
            Deployment deployment = broken().edit("compose.yaml", "    image: apache/kafka:4.1.2\n    restart: unless-stopped",
                    "    image: apache/kafka:4.1.2\n    restart: \"no\"");
            assertThat(composeRules(deployment)).contains("kafka has restart policy 'no'; it would stay down after a crash");
        }

        @Test
        void serviceModuleWithoutComposeService() {
            Deployment deployment = broken().edit("compose.yaml", "  outreach:\n", "  volunteers:\n");
            assertThat(composeRules(deployment)).contains("services/outreach (outreach) has no Compose service named outreach",
                    "gateway depends on outreach, which is not a service");
        }

        @Test
        void serviceBuiltFromAnotherModulesJar() {
            Deployment deployment = broken().edit("compose.yaml", "args: { SERVICE: comments }", "args: { SERVICE: comment }");
            assertThat(composeRules(deployment)).contains("comments builds with SERVICE=comment, not comments");
        }

        @Test
        void serviceOutsideTheDockerProfile() {
            Deployment deployment = broken().edit("compose.yaml", "  SPRING_PROFILES_ACTIVE: docker", "  SPRING_PROFILES_ACTIVE: prod");
            assertThat(composeRules(deployment)).contains("campaigns does not set SPRING_PROFILES_ACTIVE=docker");
        }

        @Test
        void healthcheckOnAPortTheServiceDoesNotListenOn() {
            Deployment deployment = broken().edit("compose.yaml", "http://localhost:8082/actuator", "http://localhost:8083/actuator");
            assertThat(composeRules(deployment)).contains("campaigns's healthcheck asks port 8083, but it listens on 8082");
        }

        @Test
        void serviceUsingAnotherServicesDatabase() {
            Deployment deployment = broken().edit("compose.yaml", "      mongo-petitions: { condition: service_healthy }",
                    "      mongo-campaigns: { condition: service_healthy }");
            assertThat(composeRules(deployment)).contains("petitions does not wait for its database mongo-petitions",
                    "mongo-campaigns is shared by [campaigns, petitions]; each service owns its database");
        }

        @Test
        void databasePublishedToTheNetwork() {
            Deployment deployment = broken().edit("compose.yaml", "    volumes: [\"mongo-outreach:/data/db\"]",
                    "    volumes: [\"mongo-outreach:/data/db\"]\n    ports: [\"27017:27017\"]");
            assertThat(composeRules(deployment)).contains("mongo-outreach publishes database port 27017");
        }

        @Test
        void serviceOtherThanTheGatewayPublished() {
            Deployment deployment = broken().edit("compose.yaml", "    image: plaza/campaigns:${PLAZA_IMAGE_TAG:-latest}\n",
                    "    image: plaza/campaigns:${PLAZA_IMAGE_TAG:-latest}\n    ports: [\"8082:8082\"]\n");
            assertThat(composeRules(deployment)).contains(
                    "campaigns publishes port 8082; only the gateway and the operator tools are published");
        }

        @Test
        void operatorToolPublishedOnEveryInterface() {
            Deployment deployment = broken().edit("compose.yaml", "\"${PLAZA_OPERATOR_BIND:-127.0.0.1}:9090:9090\"", "\"9090:9090\"");
            assertThat(composeRules(deployment)).contains(
                    "prometheus publishes 9090 on every interface; bind it to ${PLAZA_OPERATOR_BIND}");
        }

        @Test
        void databaseWithoutANamedVolume() {
            Deployment deployment = broken().edit("compose.yaml", "volumes: [\"mongo-outreach:/data/db\"]", "volumes: [\"/data/db\"]");
            assertThat(composeRules(deployment)).contains("mongo-outreach keeps its data in /data/db without a named volume there");
        }

        @Test
        void configurationMountedWritable() {
            Deployment deployment = broken().edit("compose.yaml", "/etc/prometheus/prometheus.yml:ro", "/etc/prometheus/prometheus.yml");
            assertThat(composeRules(deployment)).contains(
                    "prometheus mounts host path ./prometheus/prometheus.yml writable; data belongs in a named volume");
        }

        @Test
        void secretWrittenIntoTheComposeFile() {
            Deployment deployment = broken().edit("compose.yaml",
                    "      PLAZA_GATEWAY_CLIENT_SECRET: ${PLAZA_GATEWAY_CLIENT_SECRET:?set PLAZA_GATEWAY_CLIENT_SECRET in deploy/.env}\n      # The gateway",
                    "      PLAZA_GATEWAY_CLIENT_SECRET: changeme\n      # The gateway");
            assertThat(composeRules(deployment)).contains("gateway sets secret PLAZA_GATEWAY_CLIENT_SECRET literally; take it from .env");
        }

        @Test
        void secretLeftToItsPublicDevelopmentDefault() {
            Deployment deployment = broken().edit("compose.yaml",
                    "      PLAZA_GATEWAY_CLIENT_SECRET: ${PLAZA_GATEWAY_CLIENT_SECRET:?set PLAZA_GATEWAY_CLIENT_SECRET in deploy/.env}\n      # Browsers",
                    "      # Browsers");
            assertThat(composeRules(deployment)).contains(
                    "services/identity: secret ${PLAZA_GATEWAY_CLIENT_SECRET} is not set by Compose (from .env)");
        }

        @Test
        void requiredSettingMissing() {
            Deployment deployment = broken().edit("compose.yaml",
                    "  PLAZA_SUPPORTER_KEY: ${PLAZA_SUPPORTER_KEY:?set PLAZA_SUPPORTER_KEY in deploy/.env (see .env.example)}\n", "");
            assertThat(composeRules(deployment)).anySatisfy(problem -> assertThat(problem)
                    .startsWith("petitions does not set plaza.supporter.key (PLAZA_SUPPORTER_KEY)"));
        }

        @Test
        void publicBaseUrlOfEmailLinksLeftUnset() {
            Deployment deployment = broken().edit("compose.yaml",
                    "      PLAZA_OUTREACH_PUBLICBASEURL: ${PLAZA_PUBLIC_URL:-http://localhost:8080}\n", "");
            assertThat(composeRules(deployment)).anySatisfy(problem -> assertThat(problem)
                    .startsWith("outreach does not set plaza.outreach.public-base-url (PLAZA_OUTREACH_PUBLICBASEURL)"));
        }

        @Test
        void attachmentOriginMissingFromTheNotificationsAllowList() {
            Deployment deployment = broken().edit("compose.yaml",
                    "PLAZA_NOTIFICATIONS_EMAIL_ATTACHMENTS_ALLOWEDHOSTS: comments,outreach",
                    "PLAZA_NOTIFICATIONS_EMAIL_ATTACHMENTS_ALLOWEDHOSTS: comments");
            assertThat(composeRules(deployment)).contains("notifications may not fetch attachments from outreach"
                    + " (plaza.outreach.internal-base-url=http://outreach:8085): add outreach to"
                    + " PLAZA_NOTIFICATIONS_EMAIL_ATTACHMENTS_ALLOWEDHOSTS");
        }

        @Test
        void gatewayHealthcheckOnItsPublicPort() {
            Deployment deployment = broken().edit("compose.yaml", "http://localhost:8090/actuator", "http://localhost:8080/actuator");
            assertThat(composeRules(deployment)).contains("gateway's healthcheck asks port 8080, but it listens on 8090");
        }

        @Test
        void serviceConnectingToALoopbackDatabase() {
            Deployment deployment = broken().edit("compose.yaml",
                    "      SPRING_MONGODB_URI: mongodb://mongo-petitions:27017/plaza_petitions?replicaSet=rs0&socketTimeoutMS=30000\n",
                    "      SPRING_MONGODB_URI: mongodb://127.0.0.1:27017/plaza_petitions\n");
            assertThat(composeRules(deployment))
                    .contains("petitions connects to MongoDB at [127.0.0.1], not its own mongo-petitions service(s)");
        }

        @Test
        void serviceLinkingToOtherServicesOnLoopback() {
            Deployment deployment = broken().edit("compose.yaml", "      <<: [*plaza-env, *service-urls]", "      <<: *plaza-env");
            assertThat(composeRules(deployment)).contains("services/insights: plaza.services.petitions.url=http://127.0.0.1:8083"
                    + " points at the container itself (set PLAZA_SERVICES_PETITIONS_URL in compose or move it out of application.yml)");
        }

        @Test
        void contactTopicLeftToTheBrokersDefaultRetention() {
            Deployment deployment = broken().edit("kafka/healthcheck.sh",
                    "plaza.notifications.requests error.plaza.notifications.requests.notifications", "plaza.notifications.requests");
            assertThat(new TopicRules(deployment.compose(), REPOSITORY).shortRetentionTopics()).containsExactly(
                    "kafka's healthcheck does not create error.plaza.notifications.requests.notifications"
                            + " (notifications keeps it 259200000 ms)");
        }

        @Test
        void supportersContactTopicLeftToTheBrokersDefaultCleanup() {
            Deployment deployment = broken().edit("kafka/healthcheck.sh",
                    "  topic plaza.supporters.contacts cleanup.policy=compact\n", "");
            assertThat(new TopicRules(deployment.compose(), REPOSITORY).compactedTopics()).containsExactlyInAnyOrder(
                    "kafka's healthcheck does not create plaza.supporters.contacts compacted (spring.cloud.stream.kafka"
                            + ".bindings[plaza.supporters.contacts].producer.topic.properties[cleanup.policy])",
                    "kafka's healthcheck does not create plaza.supporters.contacts compacted (spring.cloud.stream.kafka"
                            + ".bindings.contactEvents-in-0.consumer.topic.properties[cleanup.policy])");
        }

        @Test
        void gatewayBelievingForwardedHeadersFromAnyPrivateAddress() {
            Deployment deployment = broken().edit("compose.yaml", "      SERVER_FORWARD_HEADERS_STRATEGY: none\n",
                    "      SERVER_FORWARD_HEADERS_STRATEGY: native\n");
            assertThat(composeRules(deployment)).contains("gateway trusts X-Forwarded-* from any private address"
                    + " (server.forward-headers-strategy=native); the public entry point must choose its proxies itself");
        }
    }

    @Nested
    class ScaleOut {

        @Test
        void brokersSharingANodeId() {
            Deployment deployment = broken().edit("compose.scale.yaml", "KAFKA_NODE_ID: 3", "KAFKA_NODE_ID: 2");
            assertThat(new ScaleRules(deployment, REPOSITORY).brokers()).contains("kafka-3 has node id 2 like another broker");
        }

        @Test
        void brokerAcknowledgingWithOneReplica() {
            Deployment deployment = broken().edit("compose.scale.yaml", "  KAFKA_MIN_INSYNC_REPLICAS: 2", "  KAFKA_MIN_INSYNC_REPLICAS: 1");
            assertThat(new ScaleRules(deployment, REPOSITORY).brokers())
                    .contains("kafka has KAFKA_MIN_INSYNC_REPLICAS=1, not 2", "kafka-3 has KAFKA_MIN_INSYNC_REPLICAS=1, not 2");
        }

        @Test
        void replicaSetNamingAMemberThatDoesNotRun() {
            Deployment deployment = broken().edit("compose.scale.yaml",
                    "  mongo-comments-3: { <<: *mongo-member, volumes: [\"mongo-comments-3:/data/db\"] }\n", "");
            assertThat(new ScaleRules(deployment, REPOSITORY).replicaSets())
                    .contains("mongo-comments's replica set names mongo-comments-3, which is not a MongoDB service");
        }

        @Test
        void statelessServiceLeftSingle() {
            Deployment deployment = broken().edit("compose.scale.yaml", "  outreach:\n    deploy: { replicas: 2 }\n", "  outreach:\n");
            assertThat(new ScaleRules(deployment, REPOSITORY).instances()).contains("outreach runs 1 instance(s) in the overlay, not 2");
        }

        @Test
        void instanceReachingOnlyOneMemberOfItsReplicaSet() {
            Deployment deployment = broken().edit("compose.scale.yaml",
                    "      SPRING_MONGODB_URI: mongodb://mongo-outreach:27017,mongo-outreach-2:27017,mongo-outreach-3:27017/plaza_outreach?replicaSet=rs0&socketTimeoutMS=30000\n",
                    "");
            assertThat(new ScaleRules(deployment, REPOSITORY).instances()).contains(
                    "outreach connects to MongoDB at [mongo-outreach], not every member [mongo-outreach, mongo-outreach-2, mongo-outreach-3]");
        }

        @Test
        void overlayReusingTheSingleNodeProject() {
            Deployment deployment = broken().edit("compose.scale.yaml", "name: plaza-scale", "name: plaza");
            assertThat(new ScaleRules(deployment, REPOSITORY).ownProject())
                    .contains("the overlay keeps project name plaza and would reuse the single-node volumes");
        }
    }

    @Nested
    class Image {

        @Test
        void jarNameThatNoModulePackages() {
            Deployment deployment = broken().edit("Dockerfile", "COPY services/${SERVICE}/target/plaza-${SERVICE}.jar app.jar",
                    "COPY services/${SERVICE}/target/${SERVICE}.jar app.jar");
            assertThat(new DockerfileRules(deployment, REPOSITORY).jarOfEveryService()).contains(
                    "for services/petitions the Dockerfile copies services/petitions/target/petitions.jar,"
                            + " but ./mvnw package writes services/petitions/target/plaza-petitions.jar");
        }

        @Test
        void layerLeftOut() {
            Deployment deployment = broken().edit("Dockerfile", "COPY --from=layers /build/extracted/snapshot-dependencies/ ./\n", "");
            assertThat(new DockerfileRules(deployment, REPOSITORY).layers())
                    .anySatisfy(problem -> assertThat(problem).startsWith("the image copies [/build/extracted/dependencies/,"
                            + " /build/extracted/spring-boot-loader/, /build/extracted/application/] from stage layers"));
        }

        @Test
        void jarExtractedWithoutItsLayers() {
            Deployment deployment = broken().edit("Dockerfile", "extract --layers --launcher", "extract --launcher");
            assertThat(new DockerfileRules(deployment, REPOSITORY).layers()).contains("the jar is extracted without --layers");
        }

        @Test
        void imageRunningAsRoot() {
            Deployment deployment = broken().edit("Dockerfile", "USER plaza\n", "");
            assertThat(new DockerfileRules(deployment, REPOSITORY).user()).containsExactly("the image runs as root");
        }

        @Test
        void heapNotSizedByTheContainer() {
            Deployment deployment = broken().edit("Dockerfile", "\"-XX:MaxRAMPercentage=75\", ", "\"-Xmx512m\", ");
            assertThat(new DockerfileRules(deployment, REPOSITORY).entrypoint())
                    .containsExactly("the JVM heap is not sized from the container's memory (-XX:MaxRAMPercentage)");
        }

        @Test
        void buildContextWithoutTheJars() {
            Deployment deployment = broken().edit("Dockerfile.dockerignore", "!services/*/target/plaza-*.jar\n", "");
            assertThat(new DockerfileRules(deployment, REPOSITORY).context())
                    .contains("Dockerfile.dockerignore keeps services/gateway/target/plaza-gateway.jar out of the build context");
        }

        @Test
        void buildContextWithEverything() {
            Deployment deployment = broken().edit("Dockerfile.dockerignore", "*\n", "");
            assertThat(new DockerfileRules(deployment, REPOSITORY).context())
                    .contains("Dockerfile.dockerignore sends deploy/.env to the builder", "Dockerfile.dockerignore sends .git/config to the builder");
        }
    }

    @Nested
    class Documentation {

        @Test
        void variableMissingFromTheExample() {
            Deployment deployment = broken().edit(".env.example", "PLAZA_SUPPORTER_KEY=\n", "");
            assertThat(new EnvExampleRules(deployment).all())
                    .contains("PLAZA_SUPPORTER_KEY is read by the Compose files but not documented in .env.example");
        }

        @Test
        void requiredVariableCommentedOut() {
            Deployment deployment = broken().edit(".env.example", "\nGRAFANA_ADMIN_PASSWORD=\n", "\n# GRAFANA_ADMIN_PASSWORD=\n");
            assertThat(new EnvExampleRules(deployment).all())
                    .contains("GRAFANA_ADMIN_PASSWORD is required by Compose but commented out in .env.example");
        }

        @Test
        void exampleWithASecretValue() {
            Deployment deployment = broken().edit(".env.example", "PLAZA_SUPPORTER_KEY=\n", "PLAZA_SUPPORTER_KEY=changeme-changeme-changeme-changeme\n");
            assertThat(new EnvExampleRules(deployment).all())
                    .contains("PLAZA_SUPPORTER_KEY has a value in .env.example; an example secret ends up in production");
        }
    }

    @Nested
    class Monitoring {

        @Test
        void serviceNotScraped() {
            Deployment deployment = broken().edit("prometheus/prometheus.yml", "      - names: [insights]", "      - names: [insight]");
            assertThat(new MonitoringRules(deployment, REPOSITORY).scrapes())
                    .containsExactly("Prometheus does not scrape insights:8087/actuator/prometheus");
        }

        @Test
        void dashboardQueryingAMetricNoServicePublishes() {
            Deployment deployment = broken().edit("grafana/dashboards/platform.json",
                    "sum by (service) (plaza_outbox_backlog{", "sum by (service) (plaza_outbox_backlogs{");
            assertThat(new MonitoringRules(deployment, REPOSITORY).dashboards())
                    .containsExactly("platform.json panel 'Outbox backlog' queries plaza_outbox_backlogs, which no service publishes");
        }

        @Test
        void dashboardReadingADatasourceThatIsNotProvisioned() {
            Deployment deployment = broken().edit("grafana/provisioning/datasources/prometheus.yaml",
                    "uid: plaza-prometheus", "uid: prometheus");
            assertThat(new MonitoringRules(deployment, REPOSITORY).dashboards())
                    .anySatisfy(problem -> assertThat(problem).contains("reads datasource").contains("which is not provisioned [prometheus]"));
        }
    }
}
