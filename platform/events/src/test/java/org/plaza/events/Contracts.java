package org.plaza.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the contract tests share: the catalogue's files, a draft 2020-12 validator that asserts
 * formats, and the {@link JsonMapper} Spring Boot auto-configures (the one Spring Cloud Stream
 * converts messages with), made strict about unknown properties as the platform's is.
 */
final class Contracts {

    static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    /** Boot's auto-configured mapper, with the platform's strict setting for unknown properties. */
    static final JsonMapper PLATFORM_MAPPER =
            bootMapper("spring.jackson.deserialization.fail-on-unknown-properties=true");

    /** Reads the catalogue's own files; not the mapper under test. */
    private static final JsonMapper FILES = JsonMapper.builder().build();

    /** Draft 2020-12, knowing the catalogue's own keywords as annotations. */
    private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
            .keyword(new AnnotationKeyword("x-plaza"))
            .keyword(new AnnotationKeyword("x-plaza-personal-data"))
            .build();

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(DIALECT, builder -> builder
            .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private Contracts() {
    }

    static List<String> types() {
        return EventTypes.all().stream().map(EventTypes::typeOf).toList();
    }

    static Class<? extends PlazaEvent> recordOf(String type) {
        return EventTypes.classOf(type).orElseThrow();
    }

    static JsonNode schema(String type) {
        return readResource(EventTypes.schemaResource(type));
    }

    static JsonNode sample(String type) {
        return readResource(EventTypes.sampleResource(type));
    }

    static JsonNode readResource(String resource) {
        try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No classpath resource " + resource);
            }
            return FILES.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readTree(String json) {
        return FILES.readTree(json);
    }

    static List<Error> validate(String type, JsonNode instance) {
        return validator(schema(type)).validate(instance);
    }

    static Schema validator(JsonNode schema) {
        return SCHEMAS.getSchema(schema);
    }

    static Schema metaSchema() {
        return SCHEMAS.getSchema(SchemaLocation.of(META_SCHEMA));
    }

    /** The directory (or jar) the module's main classes and resources were loaded from. */
    static Path mainOutput() {
        try {
            return Path.of(PlazaEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonMapper bootMapper(String... properties) {
        AtomicReference<JsonMapper> mapper = new AtomicReference<>();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withPropertyValues(properties)
                .run(context -> mapper.set(context.getBean(JsonMapper.class)));
        return mapper.get();
    }

}
