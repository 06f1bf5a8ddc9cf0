package org.plaza.devstack.process;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A readiness probe that asks one question in a component's own protocol on a fresh plain socket, so the launcher
 * needs no client library of that component: each ask writes a request with a new id and reads its answer.
 */
public abstract class SocketProbe implements ReadinessProbe {

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private int lastId;

    protected SocketProbe(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public final boolean ready() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            int id = ++lastId;
            socket.getOutputStream().write(request(id));
            return answeredReady(socket.getInputStream(), id);
        }
    }

    /** The request, framed as the protocol frames it, carrying {@code id}. */
    protected abstract byte[] request(int id);

    /** Reads the answer to request {@code id}: whether it says ready; an exception when it is no such answer. */
    protected abstract boolean answeredReady(InputStream answer, int id) throws IOException;
}
