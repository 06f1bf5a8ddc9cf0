package org.plaza.starter.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A mongo-java-server on a fixed loopback port that can be stopped (listener and every client
 * connection closed) and started again on the same port with the data it held.
 */
final class MongoOutage {

    private static final String LOOPBACK = "127.0.0.1";

    /** Keeps its databases when the server shuts down, as a real MongoDB keeps its files. */
    private final MemoryBackend data = new MemoryBackend() {
        @Override
        public void close() {
        }
    };
    private final int port = freePort();
    private MongoServer server;

    synchronized MongoOutage start() {
        if (server == null) {
            MongoServer started = new MongoServer(data);
            started.bind(new InetSocketAddress(LOOPBACK, port));
            server = started;
        }
        return this;
    }

    synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /** Short timeouts, so a request during the outage fails in seconds instead of hanging. */
    String uri(String database) {
        return "mongodb://" + LOOPBACK + ":" + port + "/" + database
                + "?serverSelectionTimeoutMS=2000&connectTimeoutMS=1000&socketTimeoutMS=5000&heartbeatFrequencyMS=500";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
