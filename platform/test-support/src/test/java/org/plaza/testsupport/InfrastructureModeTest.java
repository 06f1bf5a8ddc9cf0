package org.plaza.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InfrastructureModeTest {

    private static final BooleanSupplier DOCKER_ANSWERS = () -> true;

    private static final BooleanSupplier NO_DOCKER = () -> false;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(context -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
            .withUserConfiguration(PlazaTestInfrastructure.class);

    @Test
    void autoChoosesContainersWhenDockerAnswers() {
        assertThat(InfrastructureMode.decide("auto", DOCKER_ANSWERS)).isEqualTo(InfrastructureMode.CONTAINERS);
    }

    @Test
    void autoChoosesEmbeddedWhenDockerDoesNotAnswer() {
        assertThat(InfrastructureMode.decide("auto", NO_DOCKER)).isEqualTo(InfrastructureMode.EMBEDDED);
    }

    @Test
    void missingOrBlankSettingMeansAuto() {
        assertThat(InfrastructureMode.decide(null, NO_DOCKER)).isEqualTo(InfrastructureMode.EMBEDDED);
        assertThat(InfrastructureMode.decide("  ", DOCKER_ANSWERS)).isEqualTo(InfrastructureMode.CONTAINERS);
    }

    @Test
    void forcedModesNeverAskDocker() {
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier docker = () -> asked.incrementAndGet() > 0;

        assertThat(InfrastructureMode.decide("containers", docker)).isEqualTo(InfrastructureMode.CONTAINERS);
        assertThat(InfrastructureMode.decide(" Embedded ", docker)).isEqualTo(InfrastructureMode.EMBEDDED);
        assertThat(asked).hasValue(0);
    }

    @Test
    void rejectsAnUnknownSetting() {
        assertThatIllegalArgumentException().isThrownBy(() -> InfrastructureMode.decide("docker", DOCKER_ANSWERS))
                .withMessageContaining("plaza.test.infra must be auto, containers or embedded");
    }

    @Test
    void containersModeDeclaresServiceConnectionContainersAndNoEmbeddedConnectionDetails() {
        this.runner.withPropertyValues("plaza.test.infra=containers").run(context -> {
            assertThat(beanNames(context, KafkaConnectionDetails.class)).isEmpty();
            assertThat(beanNames(context, MongoConnectionDetails.class)).isEmpty();
            assertThat(context.getBeanFactory().findAnnotationOnBean("plazaKafkaContainer", ServiceConnection.class)).isNotNull();
            assertThat(context.getBeanFactory().findAnnotationOnBean("plazaMongoContainer", ServiceConnection.class)).isNotNull();
            KafkaContainer kafka = context.getBean(KafkaContainer.class);
            assertThat(kafka.getEnvMap()).containsEntry("KAFKA_NUM_PARTITIONS", "3");
            assertThat(kafka.getContainerId()).as("created, not started: ServiceConnection starts it").isNull();
            assertThat(context.getBean(MongoDBContainer.class).getContainerId()).isNull();
        });
    }

    @Test
    void embeddedModeDeclaresConnectionDetailsAndNoContainers() {
        this.runner.withPropertyValues("plaza.test.infra=embedded").run(context -> {
            assertThat(beanNames(context, KafkaConnectionDetails.class)).containsExactly("plazaKafkaConnectionDetails");
            assertThat(beanNames(context, MongoConnectionDetails.class)).containsExactly("plazaMongoConnectionDetails");
            assertThat(beanNames(context, KafkaContainer.class)).isEmpty();
            assertThat(beanNames(context, MongoDBContainer.class)).isEmpty();
        });
    }

    /** Bean names by declared type, without creating the beans (which would start servers). */
    private static String[] beanNames(ConfigurableApplicationContext context, Class<?> type) {
        return context.getBeanFactory().getBeanNamesForType(type, true, false);
    }

}
