package org.plaza.devstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PingProbeTest {

    @TempDir
    Path dir;

    @Test
    void theEmbeddedServerAnswersThePingWithoutADriver() throws Exception {
        MongoServer server = new MongoServer(new IdFirstH2Backend(dir.resolve("ping.mv.db").toString()));
        InetSocketAddress address = server.bind();
        try {
            PingProbe probe = new PingProbe("127.0.0.1", address.getPort());

            assertThat(probe.ready()).isTrue();
            assertThat(probe.ready()).isTrue();
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void nobodyListeningIsNotReady() throws Exception {
        MongoServer server = new MongoServer(new IdFirstH2Backend(dir.resolve("gone.mv.db").toString()));
        int port = server.bind().getPort();
        server.shutdownNow();

        assertThatThrownBy(() -> new PingProbe("127.0.0.1", port).ready()).isInstanceOf(IOException.class);
    }

    @Test
    void anAnswerWithOkZeroOrToAnotherRequestIsNotReady() throws Exception {
        assertThat(PingProbe.answersOk(new ByteArrayInputStream(answer(7, 0.0)), 7)).isFalse();
        assertThat(PingProbe.answersOk(new ByteArrayInputStream(answer(7, 1.0)), 7)).isTrue();
        assertThatThrownBy(() -> PingProbe.answersOk(new ByteArrayInputStream(answer(7, 1.0)), 8))
                .isInstanceOf(IOException.class);
    }

    /** An OP_MSG answer to {@code requestId} whose body is {errmsg: "x", ok: ok}. */
    private static byte[] answer(int requestId, double ok) {
        int document = 4 + (1 + 7 + 4 + 2) + (1 + 3 + 8) + 1;
        int length = 16 + 4 + 1 + document;
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(length).putInt(99).putInt(requestId).putInt(2013).putInt(0).put((byte) 0);
        buffer.putInt(document);
        buffer.put((byte) 0x02).put("errmsg\0".getBytes()).putInt(2).put("x\0".getBytes());
        buffer.put((byte) 0x01).put("ok\0".getBytes()).putDouble(ok);
        buffer.put((byte) 0);
        return buffer.array();
    }
}
