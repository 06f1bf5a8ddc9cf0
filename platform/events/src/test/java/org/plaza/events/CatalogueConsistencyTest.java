package org.plaza.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue cannot drift: every event record in the module is listed in {@link EventTypes},
 * is named by the rule, has exactly one type, a schema that describes exactly its components,
 * and a sample; and no schema or sample exists without its record.
 */
class CatalogueConsistencyTest {

    static final List<String> EVENT_PACKAGES =
            List.of("campaigns", "petitions", "comments", "outreach", "notifications", "identity", "supporters");

    /** Services that may appear as producers or consumers. */
    static final Set<String> PARTIES = Set.of("campaigns", "petitions", "comments", "outreach", "notifications",
            "identity", "insights", "gateway", "supporters");

    private static final Pattern VERSION_SUFFIX = Pattern.compile("^(.*?)V([1-9][0-9]*)$");

    static Stream<String> types() {
        return Contracts.types().stream();
    }

    @Test
    void everyEventRecordInTheModuleIsCatalogued() {
        Set<Class<?>> events = mainClasses().stream()
                .filter(PlazaEvent.class::isAssignableFrom)
                .filter(type -> type != PlazaEvent.class)
                .collect(Collectors.toSet());
        assertThat(events).containsExactlyInAnyOrderElementsOf(EventTypes.all());
    }

    @Test
    void everyClassInAnEventPackageIsAnEventRecordThatIgnoresUnknownFields() {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : mainClasses()) {
            if (!inEventPackage(type) || type.isEnum() || type.getSimpleName().equals("package-info")) {
                continue;
            }
            if (!type.isRecord()) {
                problems.add(type.getName() + " is not a record");
                continue;
            }
            if (type.getEnclosingClass() == null && (!PlazaEvent.class.isAssignableFrom(type)
                    || type.getAnnotation(EventType.class) == null)) {
                problems.add(type.getName() + " is not an @EventType PlazaEvent");
            }
            JsonIgnoreProperties ignore = type.getAnnotation(JsonIgnoreProperties.class);
            if (ignore == null || !ignore.ignoreUnknown()) {
                problems.add(type.getName() + " lacks @JsonIgnoreProperties(ignoreUnknown = true)");
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("types")
    void typeNameFollowsTheNamingRule(String type) {
        Class<? extends PlazaEvent> eventClass = Contracts.recordOf(type);
        Matcher matcher = EventTypes.TYPE_NAME.matcher(type);
        assertThat(matcher.matches()).as("%s matches plaza.<service>.<kebab-event>.v<N>", type).isTrue();

        String simpleName = eventClass.getSimpleName();
        String version = "1";
        Matcher suffix = VERSION_SUFFIX.matcher(simpleName);
        if (suffix.matches()) {
            simpleName = suffix.group(1);
            version = suffix.group(2);
        }
        assertThat(matcher.group(1)).as("service of %s is its record's package", type)
                .isEqualTo(eventClass.getPackageName().substring("org.plaza.events.".length()));
        assertThat(matcher.group(2)).as("event of %s is its record's name in kebab-case", type)
                .isEqualTo(kebab(simpleName));
        assertThat(matcher.group(3)).as("version of %s is its record's V<N> suffix, or 1 without one", type)
                .isEqualTo(version);
    }

    @Test
    void noTwoRecordsShareAType() {
        Map<String, List<String>> byType = mainClasses().stream()
                .filter(type -> type.getAnnotation(EventType.class) != null)
                .collect(Collectors.groupingBy(type -> type.getAnnotation(EventType.class).value(),
                        Collectors.mapping(Class::getName, Collectors.toList())));
        byType.values().removeIf(classes -> classes.size() == 1);
        assertThat(byType).as("types claimed by more than one record").isEmpty();
    }

    @Test
    void everyRecordHasASchemaAndASampleAndEveryFileHasARecord() {
        Set<String> schemaTypes = fileTypes("events/schemas", ".schema.json");
        Set<String> sampleTypes = fileTypes("events/samples", ".json");
        assertThat(schemaTypes).as("types with a schema").containsExactlyInAnyOrderElementsOf(Contracts.types());
        assertThat(sampleTypes).as("types with a sample").containsExactlyInAnyOrderElementsOf(Contracts.types());
    }

    @ParameterizedTest
    @MethodSource("types")
    void schemaDescribesExactlyTheRecordsComponents(String type) {
        assertThat(RecordSchemaShapes.differences(Contracts.recordOf(type), Contracts.schema(type))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleShowsEveryProperty(String type) {
        Set<String> sampleFields = new TreeSet<>(Contracts.sample(type).propertyNames());
        Set<String> schemaFields = new TreeSet<>(Contracts.schema(type).path("properties").propertyNames());
        assertThat(sampleFields).isEqualTo(schemaFields);
    }

    @ParameterizedTest
    @MethodSource("types")
    void schemaCarriesIdentityAndCatalogueMetadata(String type) {
        JsonNode schema = Contracts.schema(type);
        assertThat(schema.path("$schema").asString()).isEqualTo(Contracts.META_SCHEMA);
        assertThat(schema.path("$id").asString())
                .isEqualTo("https://plaza.example/events/schemas/" + type + ".schema.json");
        assertThat(schema.path("title").asString()).isEqualTo(Contracts.recordOf(type).getSimpleName());
        assertThat(schema.path("description").asString()).isNotBlank();
        assertThat(schema.path("type").asString()).isEqualTo("object");
        assertThat(schema.path("additionalProperties").asBoolean(true))
                .as("additional properties stay allowed, so the schema can evolve additively").isTrue();

        JsonNode metadata = schema.path("x-plaza");
        Set<String> producers = names(metadata.path("producer"));
        Set<String> consumers = names(metadata.path("consumers"));
        assertThat(producers).isNotEmpty().isSubsetOf(PARTIES);
        assertThat(consumers).isNotEmpty().isSubsetOf(PARTIES);
        Set<String> parties = new HashSet<>(producers);
        parties.addAll(consumers);
        assertThat(parties).as("the owning service produces or (for a shared inbox) consumes it")
                .contains(EventTypes.service(type));
        String key = metadata.path("key").asString();
        assertThat(names(schema.path("required"))).as("the key is a required property").contains(key);
        assertThat(schema.path("properties").path(key).path("type").asString()).isEqualTo("string");
        assertThat(metadata.path("meaning").asString()).isNotBlank();
    }

    private static boolean inEventPackage(Class<?> type) {
        return EVENT_PACKAGES.stream().anyMatch(name -> type.getPackageName().equals("org.plaza.events." + name));
    }

    private static Set<String> names(JsonNode value) {
        Set<String> names = new TreeSet<>();
        if (value.isArray()) {
            value.forEach(item -> names.add(item.asString()));
        } else if (value.isString()) {
            names.add(value.asString());
        }
        return names;
    }

    static String kebab(String simpleName) {
        return simpleName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static Set<String> fileTypes(String directory, String suffix) {
        try (Stream<Path> files = Files.list(Contracts.mainOutput().resolve(directory))) {
            return files.map(file -> file.getFileName().toString())
                    .map(name -> name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every class compiled from the module's main sources. */
    private static List<Class<?>> mainClasses() {
        Path root = Contracts.mainOutput();
        assertThat(root).as("main classes are a directory when the module's tests run").isDirectory();
        try (Stream<Path> files = Files.walk(root.resolve("org/plaza/events"))) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(CatalogueConsistencyTest::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, CatalogueConsistencyTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

}
