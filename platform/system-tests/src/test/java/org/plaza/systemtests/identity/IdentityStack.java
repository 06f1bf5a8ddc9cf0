package org.plaza.systemtests.identity;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code ./plaza up --no-build} with identity and the gateway (and the campaign hub when it is
 * packaged), on free ports and a data folder of its own, the way a developer starts Plaza.
 * (The shared {@code PlazaStack} of this module is package-private to its package.)
 */
final class IdentityStack implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(360);
    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password / contraseña: (\\S+)");

    private final Path repo;
    private final Path dataDir;
    private final Path output;
    private final int[] ports;
    private final String services;
    private Process launcher;

    private IdentityStack(String name) {
        this.repo = Path.of(System.getProperty("plaza.repo", "../..")).toAbsolutePath().normalize();
        Path base = Path.of(System.getProperty("plaza.system-tests.dir", "target/system-tests")).toAbsolutePath();
        this.dataDir = base.resolve(name);
        this.output = base.resolve(name + "-up.out");
        int[] infrastructure = freePorts(5);
        this.ports = new int[] { infrastructure[0], infrastructure[1], infrastructure[2], infrastructure[3],
                infrastructure[4], freeServicePorts() };
        this.services = campaignsPackaged() ? "identity,gateway,campaigns" : "identity,gateway";
        deleteRecursively(dataDir);
    }

    static IdentityStack named(String name) {
        return new IdentityStack(name);
    }

    IdentityStack up() {
        try {
            Files.createDirectories(output.getParent());
            launcher = plaza("up").redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await("./plaza up").atMost(START).pollInterval(Duration.ofMillis(500))
                .until(() -> read(output).contains("Plaza is up") || !launcher.isAlive());
        if (!read(output).contains("Plaza is up")) {
            throw new AssertionError("./plaza up did not start:\n" + read(output));
        }
        return this;
    }

    /** The gateway, as the person who runs {@code ./plaza up} opens it. */
    String gatewayUrl() {
        return "http://127.0.0.1:" + (8080 + offset());
    }

    boolean withCampaigns() {
        return services.contains("campaigns");
    }

    /** The first administrator's one-time password, printed once by identity (in its log under ./plaza up). */
    String adminOneTimePassword() {
        Matcher matcher = ONE_TIME_PASSWORD.matcher(read(dataDir.resolve("logs").resolve("identity.log")));
        if (!matcher.find()) {
            throw new AssertionError("identity printed no one-time password");
        }
        return matcher.group(1);
    }

    String log(String component) {
        return read(dataDir.resolve("logs").resolve(component + ".log"));
    }

    @Override
    public void close() {
        if (launcher == null) {
            return;
        }
        try {
            Process down = plaza("down").redirectErrorStream(true)
                    .redirectOutput(output.resolveSibling(dataDir.getFileName() + "-down.out").toFile()).start();
            down.waitFor(120, TimeUnit.SECONDS);
            launcher.waitFor(120, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            launcher.destroyForcibly();
        }
    }

    private int offset() {
        return ports[5] - 8080;
    }

    /** A base port with the next eight ports free too: the gateway's and every service's after the offset. */
    private static int freeServicePorts() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20_000 + (int) (Math.random() * 40_000);
            if (IntStream.range(base, base + 8).allMatch(IdentityStack::isFree)) {
                return base;
            }
        }
        throw new IllegalStateException("No eight free consecutive ports found");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private ProcessBuilder plaza(String command) {
        List<String> line = new ArrayList<>(List.of(repo.resolve("plaza").toString(), command));
        if (command.equals("up")) {
            line.add("--no-build");
        }
        line.addAll(List.of("--data-dir", dataDir.toString(),
                "--kafka-port", String.valueOf(ports[0]), "--kafka-controller-port", String.valueOf(ports[1]),
                "--mongo-port", String.valueOf(ports[2]), "--smtp-port", String.valueOf(ports[3]),
                "--mail-viewer-port", String.valueOf(ports[4]), "--service-port-offset", String.valueOf(offset()),
                "--services", services));
        return new ProcessBuilder(line).directory(repo.toFile());
    }

    /** The campaign hub joins when its Boot jar is there (a real one, not a placeholder). */
    private boolean campaignsPackaged() {
        Path jar = repo.resolve("services/campaigns/target/plaza-campaigns.jar");
        try {
            return Files.isRegularFile(jar) && Files.size(jar) > 1_000_000;
        } catch (IOException e) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // a probe socket that fails to close holds nothing
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
