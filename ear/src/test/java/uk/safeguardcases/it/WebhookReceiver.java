package uk.safeguardcases.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiver of webhooks the test starts on loopback: a plain HTTP/1.1 server on a socket of its own (the JDK's
 * HTTP server is not visible to a deployment), one request per connection. It keeps each request (its headers, by
 * lower-case name, and its body) and answers with the status it is set to. Closed, its port refuses connections,
 * as a receiver that is down.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received: its headers (lower-case names) and its body. */
    record Received(Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private static final int LONGEST = 1 << 20;

    private final ServerSocket socket;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);
    private final Thread acceptor;

    private WebhookReceiver(int port) throws IOException {
        socket = new ServerSocket(port, 16, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "webhook-receiver-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A receiver on a free port of the loopback address. */
    static WebhookReceiver start() throws IOException {
        return new WebhookReceiver(0);
    }

    /** A receiver on the given port (one nothing listened on before: a receiver that was down comes back). */
    static WebhookReceiver startOn(int port) throws IOException {
        return new WebhookReceiver(port);
    }

    /** A loopback port nothing listens on now. */
    static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }

    String address() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/safeguard-events";
    }

    void answer(int httpStatus) {
        status.set(httpStatus);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                connection.setSoTimeout(10_000);
                handle(connection.getInputStream(), connection.getOutputStream());
            } catch (SocketException closed) {
                return;
            } catch (IOException | RuntimeException e) {
                // A broken request is dropped; the sender counts it as not taken.
            }
        }
    }

    private void handle(InputStream in, OutputStream out) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>();
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return;
        }
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(header.substring(colon + 1).strip());
            }
        }
        int length = Math.min(LONGEST, Integer.parseInt(headers.getOrDefault("content-length", List.of("0")).get(0)));
        byte[] body = in.readNBytes(length);
        received.add(new Received(headers, new String(body, StandardCharsets.UTF_8)));
        int answer = status.get();
        out.write(("HTTP/1.1 " + answer + " Answer\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            if (line.size() > 16_384) {
                throw new IOException("header line too long");
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
