package org.plaza.devstack.mongo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.plaza.devstack.process.ChildProcess;
import org.plaza.devstack.process.JavaCommand;
import org.plaza.devstack.process.ReadinessProbe;

/**
 * The MongoDB component: one mongo-java-server process whose data lives in {@code mongo/plaza.mv.db};
 * each service uses its own database {@code plaza_<service>}. Ready once a {@code ping} answers ({@link PingProbe}).
 * Connection strings carry {@code socketTimeoutMS}: a server out of heap drops replies, and without a
 * socket timeout the driver would wait forever.
 */
public final class MongoStore implements ChildProcess {

    private final JavaCommand java;
    private final String jvmOptions;
    private final Path directory;
    private final int port;
    private final int socketTimeoutMillis;

    public MongoStore(JavaCommand java, String jvmOptions, Path directory, int port, int socketTimeoutMillis) {
        this.java = java;
        this.jvmOptions = jvmOptions;
        this.directory = directory;
        this.port = port;
        this.socketTimeoutMillis = socketTimeoutMillis;
    }

    @Override
    public String name() {
        return "mongo";
    }

    @Override
    public List<Integer> ports() {
        return List.of(port);
    }

    @Override
    public String address() {
        return "mongodb://127.0.0.1:" + port;
    }

    /** The connection string of a service's own database, e.g. {@code plaza_petitions}. */
    public String uriFor(String service) {
        return "mongodb://127.0.0.1:" + port + "/" + databaseFor(service) + "?socketTimeoutMS=" + socketTimeoutMillis;
    }

    public static String databaseFor(String service) {
        return "plaza_" + service.replace('-', '_');
    }

    @Override
    public Path workingDirectory() {
        return directory;
    }

    @Override
    public List<String> command() {
        return java.mainClass(jvmOptions, MongoMain.class.getName(), String.valueOf(port),
                directory.resolve("plaza.mv.db").toString());
    }

    @Override
    public Duration stopTimeout() {
        return Duration.ofSeconds(30);
    }

    @Override
    public ReadinessProbe readinessProbe() {
        return new PingProbe("127.0.0.1", port);
    }
}
