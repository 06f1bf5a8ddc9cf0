package org.plaza.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The development profile's SMS sink image ({@code Dockerfile.sms-sink}) copies the devstack jar and some of its
 * libraries: run from exactly what its COPY takes out of the build, the sink must start (no engine needed).
 */
class SmsSinkImageTest {

    private static final Pattern COPY = Pattern.compile("^COPY\\s+((?:\\\\\\n|[^\\n])+)", Pattern.MULTILINE);

    private final Path root = Repository.current().root();

    @Test
    void theSinkStartsFromTheFilesTheImageCopiesAndTheBuildContextAdmitsThem() throws Exception {
        Path devstackJar = root.resolve("platform/devstack/target/plaza-devstack.jar");
        assumeTrue(Files.isRegularFile(devstackJar), "platform/devstack is not packaged (run ./mvnw package)");
        List<String> sources = copySources();
        List<Path> copied = new ArrayList<>();
        for (String source : sources) {
            List<Path> matched = matching(source);
            assertThat(matched).as("COPY source " + source + " matches a built file").isNotEmpty();
            copied.addAll(matched);
        }
        String ignore = Files.readString(root.resolve("deploy/Dockerfile.sms-sink.dockerignore"));
        assertThat(sources).allSatisfy(source -> assertThat(ignore).contains("!" + source));

        Process sink = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", copied.stream().map(Path::toString).collect(Collectors.joining(":")),
                "org.plaza.devstack.sms.SmsMain", "0", "http://127.0.0.1:9")
                .redirectErrorStream(true).start();
        try {
            String output = readUntil(sink, "SMS sink (Twilio Messages API and viewer) on");
            assertThat(output).as("the sink's output").contains("SMS sink (Twilio Messages API and viewer) on");
        } finally {
            sink.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The sources of the Dockerfile's COPY instructions that come out of the build (platform/devstack/target). */
    private List<String> copySources() throws IOException {
        String dockerfile = Files.readString(root.resolve("deploy/Dockerfile.sms-sink"));
        List<String> sources = new ArrayList<>();
        Matcher copy = COPY.matcher(dockerfile);
        while (copy.find()) {
            List<String> words = Arrays.asList(copy.group(1).replace("\\\n", " ").trim().split("\\s+"));
            words.subList(0, words.size() - 1).stream().filter(word -> word.startsWith("platform/devstack/target/"))
                    .forEach(sources::add);
        }
        assertThat(sources).as("COPY sources in Dockerfile.sms-sink").hasSizeGreaterThan(1);
        return sources;
    }

    private List<Path> matching(String glob) throws IOException {
        Path directory = root.resolve(glob).getParent();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + root.resolve(glob));
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(matcher::matches).sorted().toList();
        }
    }

    /** The process's output until it printed {@code expected}, exited, or 60 s passed. */
    private static String readUntil(Process process, String expected) throws Exception {
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                byte[] buffer = new byte[4096];
                int read;
                while ((read = process.getInputStream().read(buffer)) >= 0) {
                    synchronized (output) {
                        output.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException closed) {
                // the process was stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            synchronized (output) {
                if (output.indexOf(expected) >= 0) {
                    break;
                }
            }
            Thread.sleep(100);
        }
        if (!process.isAlive()) {
            reader.join(5000);
        }
        synchronized (output) {
            return output.toString();
        }
    }
}
