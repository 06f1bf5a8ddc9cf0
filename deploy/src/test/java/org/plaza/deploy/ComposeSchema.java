package org.plaza.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;

/** The Compose Specification JSON Schema (draft 7, as the schema declares), read from the shared folder. */
final class ComposeSchema {

    private final Schema schema;

    private ComposeSchema(Schema schema) {
        this.schema = schema;
    }

    static ComposeSchema read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The Compose Specification schema is expected at " + file
                    + " (../shared/schemas/compose-spec.json beside the repository)");
        }
        JsonNode node = Yaml.readJson(file);
        // The schema's relative $id (compose_spec.json) resolves against where the file is.
        return new ComposeSchema(SchemaRegistry.withDefaultDialect(Dialects.getDraft7())
                .getSchema(SchemaLocation.of(file.toUri().toString()), node));
    }

    /** What the schema finds wrong with a Compose model: one line per error, with where it is. */
    List<String> validate(Compose compose) {
        List<Error> errors = schema.validate(Yaml.toJson(compose.model()));
        return errors.stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }
}
