package org.plaza.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** .env.example documents every variable the Compose files read, and holds no secret value. */
final class EnvExampleRules {

    private final Map<String, EnvExample.Variable> documented;
    private final Map<String, Interpolations.Use> used = new LinkedHashMap<>();

    EnvExampleRules(Deployment deployment) {
        this.documented = EnvExample.read(deployment.envExample());
        Interpolations.in(deployment.compose()).forEach(this::use);
        Interpolations.in(deployment.scaleOverlay()).forEach(this::use);
    }

    List<String> all() {
        List<String> problems = new ArrayList<>();
        used.forEach((name, use) -> {
            EnvExample.Variable variable = documented.get(name);
            if (variable == null) {
                problems.add(name + " is read by the Compose files but not documented in .env.example");
            } else if (variable.explanation().isBlank()) {
                problems.add(name + " has no comment in .env.example that says what it is");
            } else if (use == Interpolations.Use.REQUIRED && !variable.toFillIn()) {
                problems.add(name + " is required by Compose but commented out in .env.example");
            }
        });
        documented.values().forEach(variable -> {
            if (!used.containsKey(variable.name())) {
                problems.add(variable.name() + " is documented in .env.example but no Compose file reads it");
            }
            if (DockerProfile.SECRET_NAME.matcher(variable.name()).matches() && !variable.value().isEmpty()) {
                problems.add(variable.name() + " has a value in .env.example; an example secret ends up in production");
            }
        });
        return problems;
    }

    private void use(String name, Interpolations.Use use) {
        used.merge(name, use, (left, right) -> left.compareTo(right) >= 0 ? left : right);
    }
}
