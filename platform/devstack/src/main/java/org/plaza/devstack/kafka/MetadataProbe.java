package org.plaza.devstack.kafka;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.plaza.devstack.process.SocketProbe;

/**
 * Asks the broker for its cluster metadata in Kafka's own protocol (a {@code Metadata} request, version 0, on a plain
 * socket) and is ready once the answer lists a broker: the broker takes requests only after it has caught up with the
 * controller, and lists itself only once unfenced, what an AdminClient's {@code describeCluster} waited for. Written
 * out by hand so the launcher loads no Kafka admin client (with the MongoDB driver,
 * about 1,900 classes, and threads of its own) to ask once.
 */
final class MetadataProbe extends SocketProbe {

    private static final short METADATA = 3;
    private static final short VERSION = 0;
    private static final byte[] CLIENT_ID = "plaza-launcher".getBytes(StandardCharsets.US_ASCII);
    private static final int TIMEOUT_MILLIS = 2000;
    /** Far more than the metadata of a local broker; a larger length means the answer is not what was asked. */
    private static final int LARGEST_ANSWER = 16 * 1024 * 1024;

    MetadataProbe(String host, int port) {
        super(host, port, TIMEOUT_MILLIS);
    }

    @Override
    protected byte[] request(int id) {
        return metadataRequest(id);
    }

    @Override
    protected boolean answeredReady(InputStream answer, int id) throws IOException {
        return brokerCount(answer, id) > 0;
    }

    /** Size, then header v1 (api key, version, correlation id, client id) and the body: no topics, meaning all. */
    static byte[] metadataRequest(int correlationId) {
        int size = 2 + 2 + 4 + 2 + CLIENT_ID.length + 4;
        ByteBuffer buffer = ByteBuffer.allocate(4 + size);
        buffer.putInt(size).putShort(METADATA).putShort(VERSION).putInt(correlationId)
                .putShort((short) CLIENT_ID.length).put(CLIENT_ID).putInt(0);
        return buffer.array();
    }

    /** The number of brokers a Metadata v0 answer lists: size, correlation id, then the brokers array's length. */
    static int brokerCount(InputStream answer, int correlationId) throws IOException {
        DataInputStream in = new DataInputStream(answer);
        int size = in.readInt();
        if (size < 8 || size > LARGEST_ANSWER) {
            throw new IOException("Not a Metadata answer (size " + size + ")");
        }
        byte[] body = in.readNBytes(size);
        ByteBuffer buffer = ByteBuffer.wrap(body);
        if (body.length < 8 || buffer.getInt() != correlationId) {
            throw new IOException("Not the answer to request " + correlationId);
        }
        return buffer.getInt();
    }
}
