package org.plaza.testsupport.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A service's OpenAPI document, as served at {@value #PATH}, read into the operations it lists. */
final class ApiDocument {

    static final String PATH = "/v3/api-docs";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode root;

    private ApiDocument(JsonNode root) {
        this.root = root;
    }

    /** Fetches the document through the service's MockMvc, as any anonymous client would. */
    static ApiDocument fetch(MockMvc mvc) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(PATH).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as("GET %s answered %s: %s", PATH, response.getStatus(),
                body.length() > 300 ? body.substring(0, 300) : body).isEqualTo(200);
        assertThat(response.getContentType()).as("%s content type", PATH).contains("json");
        JsonNode root = JSON.readTree(body);
        assertThat(root.path("openapi").asString("")).as("%s is an OpenAPI document", PATH).isNotEmpty();
        return new ApiDocument(root);
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isObject()) {
                    operations.add(operation(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)), path.getKey(),
                            path.getValue(), operation));
                }
            }
        }
        return operations;
    }

    private Operation operation(HttpMethod method, String path, JsonNode pathItem, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = resolve(parameter);
                parameters.add(new Parameter(resolved.path("name").asString(""), resolved.path("in").asString(""),
                        resolved.path("required").asBoolean(false), resolve(resolved.path("schema"))));
            }
        }
        JsonNode jsonSchema = null;
        JsonNode formSchema = null;
        for (Map.Entry<String, JsonNode> content : resolve(operation.path("requestBody")).path("content").properties()) {
            MediaType type = MediaType.parseMediaType(content.getKey());
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                jsonSchema = resolve(content.getValue().path("schema"));
            } else if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)
                    || type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
                formSchema = resolve(content.getValue().path("schema"));
            }
        }
        return new Operation(method, path, parameters, jsonSchema, formSchema, this);
    }

    /** Follows {@code $ref}s into {@code components} (a missing one resolves to an empty schema). */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 20 && current.has("$ref"); hops++) {
            String ref = current.path("$ref").asString("");
            if (!ref.startsWith("#/")) {
                return JSON.createObjectNode();
            }
            current = root.at(ref.substring(1));
        }
        return current.isMissingNode() ? JSON.createObjectNode() : current;
    }

    static JsonMapper json() {
        return JSON;
    }

    /** One documented parameter. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** One documented operation; the schemas are those of its JSON and form request bodies, or null. */
    record Operation(HttpMethod method, String path, List<Parameter> parameters, JsonNode jsonSchema,
            JsonNode formSchema, ApiDocument document) {

        List<Parameter> parameters(String in) {
            return parameters.stream().filter(parameter -> parameter.in().equals(in)).toList();
        }

        Endpoint endpoint() {
            boolean api = path.startsWith("/api/");
            return new Endpoint(method, path, jsonSchema != null || api, formSchema != null || !api);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
