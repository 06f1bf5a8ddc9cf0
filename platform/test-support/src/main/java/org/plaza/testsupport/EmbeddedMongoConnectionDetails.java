package org.plaza.testsupport;

import java.net.InetSocketAddress;

import com.mongodb.ConnectionString;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

/**
 * Points the MongoDB client at the shared mongo-java-server, in a database of its own.
 *
 * <p>The connection string carries {@code socketTimeoutMS}: a server that runs out of heap
 * drops replies, and without a timeout the driver would wait for them forever.
 */
final class EmbeddedMongoConnectionDetails implements MongoConnectionDetails {

    static final int SOCKET_TIMEOUT_MS = 30_000;

    private final ConnectionString connectionString;

    EmbeddedMongoConnectionDetails(InetSocketAddress address, String database) {
        this.connectionString = new ConnectionString("mongodb://%s:%d/%s?socketTimeoutMS=%d&connectTimeoutMS=5000&serverSelectionTimeoutMS=10000"
                .formatted(address.getHostString(), address.getPort(), database, SOCKET_TIMEOUT_MS));
    }

    @Override
    public ConnectionString getConnectionString() {
        return this.connectionString;
    }

}
