package org.plaza.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Secrets come from deploy/.env, which is never committed, and .env.example explains every variable. */
class EnvExampleTest {

    @Test
    void exampleDocumentsEveryVariableTheComposeFilesReadAndNoSecretValue() {
        assertThat(new EnvExampleRules(Deployment.current()).all()).isEmpty();
    }

    @Test
    void envFileIsNeverCommitted() {
        List<String> ignored = Yaml.text(Repository.current().root().resolve(".gitignore")).lines().map(String::strip).toList();
        assertThat(ignored).containsAnyOf(".env", "deploy/.env", "/deploy/.env", "*.env");
    }

    @Test
    void composeFilesHoldNoLiteralSecret() {
        Deployment deployment = Deployment.current();
        Repository repository = Repository.current();
        assertThat(new ComposeRules(deployment.compose(), deployment, repository).literalSecrets()).isEmpty();
        assertThat(new ComposeRules(deployment.scaled(), deployment, repository).literalSecrets()).isEmpty();
    }

    @Test
    void dockerfileBakesNoSecretIntoTheImage() {
        Path dockerfile = Deployment.current().file("Dockerfile");
        assertThat(Dockerfile.read(dockerfile).stages()).allSatisfy(stage ->
                assertThat(stage.instructions()).noneMatch(instruction ->
                        (instruction.keyword().equals("ENV") || instruction.keyword().equals("ARG"))
                                && DockerProfile.SECRET_NAME.matcher(instruction.arguments().split("[= ]")[0]).matches()));
    }
}
