package org.plaza.devstack.mongo;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.plaza.devstack.process.SocketProbe;

/**
 * Sends {@code {ping: 1}} to the admin database in MongoDB's wire protocol (one {@code OP_MSG} on a plain socket) and
 * is ready once the answer says {@code ok: 1}, what a driver's {@code ping} waited for. Written out by hand so the
 * launcher loads no MongoDB driver (with the Kafka admin client, about 1,900 classes, and its monitor threads) to ask
 * once.
 */
final class PingProbe extends SocketProbe {

    private static final int OP_MSG = 2013;
    private static final int TIMEOUT_MILLIS = 3000;
    private static final int LARGEST_ANSWER = 16 * 1024 * 1024;

    PingProbe(String host, int port) {
        super(host, port, TIMEOUT_MILLIS);
    }

    @Override
    protected byte[] request(int id) {
        return pingRequest(id);
    }

    @Override
    protected boolean answeredReady(InputStream answer, int id) throws IOException {
        return answersOk(answer, id);
    }

    /** Header (length, request id, response to, op code), no flags, one body section: {ping: 1, $db: "admin"}. */
    static byte[] pingRequest(int requestId) {
        byte[] ping = "ping\0".getBytes(StandardCharsets.US_ASCII);
        byte[] db = "$db\0".getBytes(StandardCharsets.US_ASCII);
        byte[] admin = "admin\0".getBytes(StandardCharsets.US_ASCII);
        int document = 4 + (1 + ping.length + 4) + (1 + db.length + 4 + admin.length) + 1;
        int length = 16 + 4 + 1 + document;
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(length).putInt(requestId).putInt(0).putInt(OP_MSG).putInt(0).put((byte) 0);
        buffer.putInt(document);
        buffer.put((byte) 0x10).put(ping).putInt(1);
        buffer.put((byte) 0x02).put(db).putInt(admin.length).put(admin);
        buffer.put((byte) 0);
        return buffer.array();
    }

    /** Whether an OP_MSG answer to {@code requestId} carries a body whose {@code ok} is 1. */
    static boolean answersOk(InputStream answer, int requestId) throws IOException {
        DataInputStream in = new DataInputStream(answer);
        byte[] lengthBytes = in.readNBytes(4);
        int length = lengthBytes.length == 4 ? ByteBuffer.wrap(lengthBytes).order(ByteOrder.LITTLE_ENDIAN).getInt() : -1;
        if (length < 26 || length > LARGEST_ANSWER) {
            throw new IOException("Not an OP_MSG answer (length " + length + ")");
        }
        byte[] rest = in.readNBytes(length - 4);
        ByteBuffer buffer = ByteBuffer.wrap(rest).order(ByteOrder.LITTLE_ENDIAN);
        buffer.getInt();
        if (rest.length != length - 4 || buffer.getInt() != requestId || buffer.getInt() != OP_MSG) {
            throw new IOException("Not the answer to request " + requestId);
        }
        buffer.getInt();
        if (buffer.get() != 0) {
            throw new IOException("The answer does not start with its body");
        }
        return okIsOne(buffer);
    }

    /** Walks the elements of the BSON document at the buffer's position for a numeric {@code ok}. */
    private static boolean okIsOne(ByteBuffer buffer) throws IOException {
        int end = buffer.position() + buffer.getInt() - 1;
        while (buffer.position() < end) {
            byte type = buffer.get();
            String name = cString(buffer);
            if (name.equals("ok")) {
                return switch (type) {
                    case 0x01 -> buffer.getDouble() == 1.0;
                    case 0x10 -> buffer.getInt() == 1;
                    case 0x12 -> buffer.getLong() == 1L;
                    case 0x08 -> buffer.get() == 1;
                    default -> false;
                };
            }
            skip(buffer, type);
        }
        return false;
    }

    private static void skip(ByteBuffer buffer, byte type) throws IOException {
        int position = buffer.position();
        switch (type) {
            case 0x01, 0x09, 0x11, 0x12 -> buffer.position(position + 8);
            case 0x02, 0x0D, 0x0E -> buffer.position(position + 4 + buffer.getInt(position));
            case 0x03, 0x04 -> buffer.position(position + buffer.getInt(position));
            case 0x05 -> buffer.position(position + 4 + 1 + buffer.getInt(position));
            case 0x07 -> buffer.position(position + 12);
            case 0x08 -> buffer.position(position + 1);
            case 0x0A, 0x06, (byte) 0xFF, 0x7F -> {
            }
            case 0x10 -> buffer.position(position + 4);
            case 0x13 -> buffer.position(position + 16);
            default -> throw new IOException("Unexpected BSON type " + type + " in the answer");
        }
    }

    private static String cString(ByteBuffer buffer) {
        int start = buffer.position();
        while (buffer.get() != 0) {
            // to the terminating zero
        }
        return new String(buffer.array(), start, buffer.position() - start - 1, StandardCharsets.UTF_8);
    }
}
