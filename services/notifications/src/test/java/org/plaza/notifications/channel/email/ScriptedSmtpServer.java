package org.plaza.notifications.channel.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server for tests of the client side: it accepts connections, answers {@code EHLO}, {@code MAIL},
 * {@code RCPT}, {@code DATA}, {@code NOOP}, {@code RSET} and {@code QUIT}, and records the {@code Message-ID} of
 * every message it accepted, how many connections were opened to it, and any command out of order (what two senders
 * writing on one connection at once would produce). Its replies to {@code RCPT} and to the end of {@code DATA} can
 * be set, so a test can make it refuse or defer a message.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final List<String> outOfOrder = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile String recipientReply = "250 OK";
    private volatile String dataReply = "250 OK queued";

    /** Listens on a free port of the loopback address. */
    ScriptedSmtpServer() throws IOException {
        listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::accept, "scripted-smtp-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The Message-IDs of the messages accepted (a 250 after DATA), in order. */
    List<String> accepted() {
        return List.copyOf(accepted);
    }

    int connections() {
        return connections.get();
    }

    List<String> outOfOrder() {
        return List.copyOf(outOfOrder);
    }

    /** The reply to every following {@code RCPT TO}, e.g. {@code 550 5.1.1 no such user}. */
    void replyToRecipients(String reply) {
        recipientReply = reply;
    }

    /** The reply to the end of every following message's {@code DATA}, e.g. {@code 451 4.3.0 try later}. */
    void replyToData(String reply) {
        dataReply = reply;
    }

    /** Stops listening and drops every connection, as a server that stops or restarts does. */
    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.incrementAndGet();
                open.add(socket);
                Thread session = new Thread(() -> serve(socket), "scripted-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII)) {
            reply(out, "220 scripted ESMTP");
            boolean mail = false;
            boolean recipient = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO", "NOOP" -> reply(out, "250 OK");
                    case "RSET" -> {
                        mail = false;
                        recipient = false;
                        reply(out, "250 OK");
                    }
                    case "MAIL" -> {
                        if (mail) {
                            outOfOrder.add(line);
                        }
                        mail = true;
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        if (!mail) {
                            outOfOrder.add(line);
                        }
                        recipient = recipientReply.startsWith("2");
                        reply(out, recipientReply);
                    }
                    case "DATA" -> {
                        if (!recipient) {
                            outOfOrder.add(line);
                            reply(out, "503 5.5.1 no recipient");
                            continue;
                        }
                        reply(out, "354 go ahead");
                        String messageId = readMessage(in);
                        if (dataReply.startsWith("2")) {
                            accepted.add(messageId);
                        }
                        mail = false;
                        recipient = false;
                        reply(out, dataReply);
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> {
                        outOfOrder.add(line);
                        reply(out, "500 5.5.2 unknown command");
                    }
                }
            }
        } catch (SocketException dropped) {
            // The server was closed, or the client went away.
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            open.remove(socket);
        }
    }

    /** Reads a message up to its lone dot; returns its Message-ID header's value. */
    private static String readMessage(BufferedReader in) throws IOException {
        String messageId = null;
        for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
            if (messageId == null && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                messageId = line.substring(11).trim();
            }
        }
        return messageId;
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }
}
