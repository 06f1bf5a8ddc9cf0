package org.plaza.devstack.mongo;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB process: {@code MongoMain <port> <file>} serves the MongoDB wire protocol on
 * 127.0.0.1 from one H2 MVStore file, which a SIGTERM closes cleanly so data survives restarts.
 */
public final class MongoMain {

    private static final Logger log = LoggerFactory.getLogger(MongoMain.class);
    /**
     * Network threads. The server answers each connection on one of them and holds a collection's lock
     * while it works, so with only a few threads one service's long scan would stall every other
     * service's connections that share its thread.
     */
    static final int WORKER_THREADS = 32;

    private MongoMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: MongoMain <port> <h2-file>");
            System.exit(64);
        }
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        MongoServer server = new MongoServer(new IdFirstH2Backend(file.toString()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping; closing {}", file);
            server.shutdownNow();
            stopped.countDown();
        }, "mongo-shutdown"));
        server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKER_THREADS);
        log.info("MongoDB wire protocol on 127.0.0.1:{}, data in {}", port, file);
        stopped.await();
    }
}
