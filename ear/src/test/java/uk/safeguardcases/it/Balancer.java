package uk.safeguardcases.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cluster's balancer for a test: Debian's HAProxy with the product's own configuration
 * ({@code ear/src/main/server/haproxy.cfg}, as the run command fills it in), in front of the given nodes, on
 * HTTPS with a self-signed certificate for localhost. Its runtime API takes a node out and puts it back.
 */
final class Balancer implements AutoCloseable {

    private final Path folder;
    private final int httpsPort;
    private final int adminPort;
    private final Process haproxy;

    /** Installed? CI installs HAProxy (and requires it, as it requires the browser); elsewhere the test is skipped. */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(Path.of("/usr/sbin/haproxy"));
        if (Boolean.getBoolean("safeguard.browser.required")) {
            org.junit.jupiter.api.Assertions.assertTrue(installed, "HAProxy is required: apt-get install haproxy");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(installed, "Cluster test skipped: apt-get install haproxy to run it");
    }

    /** @param nodes each node's name and HTTPS port, in order */
    Balancer(String name, int offset, Map<String, Integer> nodes) {
        this.folder = Path.of(System.getProperty("server.home")).getParent().resolve("balancers").resolve(name);
        this.httpsPort = 8443 + offset;
        this.adminPort = 9000 + offset;
        try {
            StandaloneServer.deleteTree(folder);
            Files.createDirectories(folder);
            Path pem = certificate();
            String servers = nodes.entrySet().stream()
                    .map(n -> "    server " + n.getKey() + " 127.0.0.1:" + n.getValue() + " cookie " + n.getKey())
                    .collect(Collectors.joining("\n"));
            String config = Files.readString(Path.of(System.getProperty("project.root"), "ear/src/main/server/haproxy.cfg"))
                    .replace("@BIND@", "127.0.0.1").replace("@HTTP_PORT@", String.valueOf(8080 + offset))
                    .replace("@HTTPS_PORT@", String.valueOf(httpsPort)).replace("@ADMIN_PORT@", String.valueOf(adminPort))
                    .replace("@PEM@", pem.toString()).replace("@SERVERS@", servers);
            Files.writeString(folder.resolve("haproxy.cfg"), config);
            haproxy = new ProcessBuilder("/usr/sbin/haproxy", "-f", folder.resolve("haproxy.cfg").toString(), "-db")
                    .redirectErrorStream(true).redirectOutput(folder.resolve("haproxy.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path certificate() throws IOException {
        Path keystore = folder.resolve("tls.p12");
        Path pem = folder.resolve("tls.pem");
        run("keytool", "-genkeypair", "-alias", "balancer", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "password",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1");
        run("openssl", "pkcs12", "-in", keystore.toString(), "-passin", "pass:password", "-nodes", "-out", pem.toString());
        return pem;
    }

    private void run(String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("certificate.log").toFile()).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(command[0] + " failed; see " + folder.resolve("certificate.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri() {
        return URI.create("https://localhost:" + httpsPort + "/");
    }

    Path log() {
        return folder.resolve("haproxy.log");
    }

    /** Takes a node out of the rotation: no new request goes to it (before it is stopped). */
    void disable(String node) {
        command("disable server nodes/" + node);
    }

    /** Puts a node back; it takes requests again once its readiness check passes. */
    void enable(String node) {
        command("enable server nodes/" + node);
    }

    /** Each node's state as HAProxy sees it: UP, DOWN, MAINT, or a transition such as "DOWN 1/2". */
    Map<String, String> states() {
        Map<String, String> states = new LinkedHashMap<>();
        List<String> header = null;
        for (String line : command("show stat").split("\n")) {
            if (line.startsWith("# ")) {
                header = List.of(line.substring(2).split(",", -1));
                continue;
            }
            String[] fields = line.split(",", -1);
            if (header == null || fields.length < header.size() || !fields[0].equals("nodes")
                    || fields[1].equals("BACKEND")) {
                continue;
            }
            states.put(fields[1], fields[header.indexOf("status")]);
        }
        return states;
    }

    /** Waits until HAProxy sends requests to {@code node} again. */
    void awaitUp(String node, Duration limit) {
        String[] seen = {"not answering"};
        try {
            Waiting.waitingFor("HAProxy to take " + node).pollInterval(Duration.ofMillis(250)).atMost(limit)
                    .until(() -> {
                        try {
                            Map<String, String> states = states();
                            seen[0] = states.toString();
                            return "UP".equals(states.get(node));
                        } catch (UncheckedIOException starting) {
                            if (!haproxy.isAlive()) {
                                throw new AssertionError("HAProxy stopped; see " + log());
                            }
                            return false;
                        }
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("HAProxy did not take " + node + " in: " + seen[0] + "; see " + log(), e);
        }
    }

    private String command(String command) {
        try (Socket socket = new Socket("127.0.0.1", adminPort)) {
            OutputStream out = socket.getOutputStream();
            out.write((command + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("HAProxy's runtime API did not answer " + command, e);
        }
    }

    @Override
    public void close() {
        haproxy.destroy();
        try {
            haproxy.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For assertions' messages. */
    @Override
    public String toString() {
        return "HAProxy on " + uri() + " " + new ArrayList<>(states().entrySet());
    }
}
