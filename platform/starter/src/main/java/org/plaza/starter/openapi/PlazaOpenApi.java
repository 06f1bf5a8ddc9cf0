package org.plaza.starter.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The document's frame: title and the bearer scheme. Operations the starter's chain protects
 * ({@code /api/**} except {@code /api/public/**}, and {@code /staff/**}) require that scheme.
 */
final class PlazaOpenApi {

    static final String STAFF_TOKEN = "staff-token";

    private PlazaOpenApi() {
    }

    static OpenAPI document(String service) {
        return new OpenAPI()
                .info(new Info().title("Plaza " + service)
                        .description("Plaza " + service + " API. Errors are RFC 9457 problem details in the "
                                + "request's language (es, en)."))
                .components(new Components().addSecuritySchemes(STAFF_TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A staff token from Plaza identity; its roles claim grants access.")));
    }

    static void requireStaffTokens(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (needsStaffToken(path)) {
                item.readOperations().stream()
                        .filter(operation -> operation.getSecurity() == null || operation.getSecurity().isEmpty())
                        .forEach(operation -> operation.addSecurityItem(new SecurityRequirement().addList(STAFF_TOKEN)));
            }
        });
    }

    static boolean needsStaffToken(String path) {
        boolean api = path.equals("/api") || path.startsWith("/api/");
        boolean publicApi = path.startsWith("/api/public/");
        return (api && !publicApi) || path.startsWith("/staff/");
    }
}
