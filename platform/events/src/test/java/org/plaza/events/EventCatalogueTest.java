package org.plaza.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * The README's event catalogue is generated from the schemas and cannot drift: this test fails
 * when the section between the markers differs from the generated one, and rewrites it when run
 * with {@code -Dplaza.catalogue.write=true}.
 */
class EventCatalogueTest {

    /** The repository README, relative to this module's directory (Surefire's working directory). */
    private static final Path README = Path.of("../../README.md");

    private static final String REGENERATE =
            "./mvnw -pl platform/events test -Dtest=EventCatalogueTest -Dplaza.catalogue.write=true";

    @Test
    void readmeCatalogueMatchesTheSchemas() throws IOException {
        assertThat(README).as("the repository README").isRegularFile();
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String generated = EventCatalogue.generate();
        if (Boolean.getBoolean("plaza.catalogue.write") && !generated.equals(EventCatalogue.section(readme))) {
            Files.writeString(README, EventCatalogue.splice(readme, generated), StandardCharsets.UTF_8);
            readme = Files.readString(README, StandardCharsets.UTF_8);
        }
        String hint = "README event catalogue is out of date; regenerate it with: " + REGENERATE;
        assertThat(EventCatalogue.section(readme).lines()).as(hint)
                .containsExactlyElementsOf(generated.lines().toList());
        assertThat(EventCatalogue.section(readme)).as(hint).isEqualTo(generated);
    }

    @Test
    void catalogueHasOneRowPerTypeInCatalogueOrder() {
        assertThat(Arrays.stream(EventCatalogue.generate().split("\n"))
                .filter(line -> line.startsWith("| `"))
                .map(line -> line.substring(3, line.indexOf('`', 3))))
                .containsExactlyElementsOf(Contracts.types());
    }

    @Test
    void rowShowsTypeProducerConsumersKeyAndMeaning() {
        String type = "plaza.petitions.signature-verified.v1";
        assertThat(EventCatalogue.row(type, Contracts.schema(type).path("x-plaza"))).isEqualTo(
                "| `plaza.petitions.signature-verified.v1` | petitions | campaigns, outreach, insights "
                        + "| `signatureId` | A resident confirmed their email and their signature now counts; "
                        + "keyed by the signature so a viral petition spreads over partitions. |");
    }

    @Test
    void sharedInboxRowListsEveryProducer() {
        String type = "plaza.notifications.notification-requested.v1";
        assertThat(EventCatalogue.row(type, Contracts.schema(type).path("x-plaza")))
                .startsWith("| `" + type + "` | petitions, comments, outreach, identity | notifications | "
                        + "`requestId` |");
    }

    @Test
    void rowEscapesPipesInCells() {
        String metadata = """
                {"producer": "petitions", "consumers": ["insights"], "key": "petitionId", "meaning": "a | b"}
                """;
        assertThat(EventCatalogue.row("plaza.petitions.example.v1", Contracts.readTree(metadata)))
                .endsWith("| a \\| b |");
    }

    @Test
    void spliceReplacesOnlyTheSectionBetweenTheMarkers() {
        String readme = "# Plaza\n" + EventCatalogue.START + "\nold\n" + EventCatalogue.END + "\nMore.\n";

        String spliced = EventCatalogue.splice(readme, "\nnew\n");

        assertThat(spliced)
                .isEqualTo("# Plaza\n" + EventCatalogue.START + "\nnew\n" + EventCatalogue.END + "\nMore.\n");
        assertThat(EventCatalogue.section(spliced)).isEqualTo("\nnew\n");
    }

    @Test
    void spliceRefusesAReadmeWithoutMarkers() {
        assertThatIllegalStateException().isThrownBy(() -> EventCatalogue.splice("# Plaza\n", "\nnew\n"))
                .withMessageContaining(EventCatalogue.START);
    }

}
