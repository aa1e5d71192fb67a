package uk.safeguardcases.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The product on a WildFly of its own, started the way the run command starts it (the provisioned server, the
 * EAR as built, a database of the test's choosing), for tests that kill, restart or back up a real server.
 * Its ports are the build's {@code it.port.offset} plus {@code extraOffset}, clear of the Arquillian server.
 */
final class StandaloneServer implements AutoCloseable {

    private final Path home = Path.of(System.getProperty("server.home"));
    private final Path base;
    private final int offset;
    private final Map<String, String> properties;
    private final String serverConfig;
    private Process launcher;

    /** A server with the demo boards and their people (no demo cases) on the given database; with
     * {@code safeguard.demo=false} in {@code properties}, a production node: no board, no person. */
    StandaloneServer(String name, int extraOffset, Map<String, String> properties) {
        this(name, extraOffset, properties, "standalone.xml");
    }

    /** The same on a configuration of the provisioned server's choosing ({@code standalone-ha.xml}: a cluster's node). */
    StandaloneServer(String name, int extraOffset, Map<String, String> properties, String serverConfig) {
        this.serverConfig = serverConfig;
        this.base = Path.of(System.getProperty("server.home")).getParent().resolve("servers").resolve(name);
        this.offset = Integer.getInteger("it.port.offset", 100) + extraOffset;
        this.properties = new java.util.LinkedHashMap<>(properties);
        this.properties.putIfAbsent("safeguard.demo", "true"); // "false": a production node, no demo board
    }

    URI uri() {
        return URI.create("http://localhost:" + (8080 + offset) + "/");
    }

    /** The HTTPS listener (WildFly's self-signed certificate for localhost, as the run command has). */
    URI httpsUri() {
        return URI.create("https://localhost:" + (8443 + offset) + "/");
    }

    private boolean httpsOnly() {
        return "true".equals(properties.get("safeguard.https.only"));
    }

    Path log() {
        return base.resolve("log/server.log");
    }

    /** The port offset of this server: HTTP on 8080 plus it, HTTPS 8443, management 9990, JGroups 7600. */
    int offset() {
        return offset;
    }

    /**
     * Starts on a fresh copy of the configured server (the database is the caller's) and waits until ready: as long as
     * a restart may take, since a CI machine running both passes and their servers took over three minutes once.
     */
    StandaloneServer start() {
        begin();
        awaitReady(Duration.ofMinutes(5));
        return this;
    }

    /** Starts on a fresh copy of the configured server, without waiting: {@link #awaitReady} waits. */
    StandaloneServer begin() {
        try {
            deleteTree(base);
            // The configuration only: the provisioned server's own data, logs and deployments are not this one's.
            copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
            withoutDeployments(base.resolve("configuration"));
            Files.createDirectories(base.resolve("deployments"));
            Files.copy(Path.of(System.getProperty("ear.file")), base.resolve("deployments/safeguard-cases.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        launch();
        return this;
    }

    /** Starts again on the same server folder and database (after {@link #kill} or {@link #stop}). */
    StandaloneServer restart() {
        launch();
        awaitReady(Duration.ofMinutes(5));
        return this;
    }

    /** Starts again as {@link #restart} does, without waiting: {@link #awaitReady} waits. */
    StandaloneServer relaunch() {
        launch();
        return this;
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-c", serverConfig, "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(base.resolve("console.log").toFile());
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        builder.environment().put("JBOSS_PIDFILE", pidFile().toString());
        // -Dsafeguard.server.javaOpts adds options for a look inside (a flight recording, say) without a change here.
        builder.environment().put("JAVA_OPTS", ("-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true "
                + System.getProperty("safeguard.server.javaOpts", "")).strip());
        try {
            Files.deleteIfExists(pidFile());
            launcher = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pidFile() {
        return base.resolve("server.pid");
    }

    /** The server's JVM, killed at once as {@code kill -9} does: nothing is flushed or closed. */
    void kill() {
        ProcessHandle jvm = jvm();
        jvm.destroyForcibly();
        jvm.onExit().join();
        launcher.destroyForcibly();
    }

    /**
     * A graceful stop, as an operator or a service manager stops a node for an upgrade: a SIGTERM, on which the server
     * suspends (new requests are answered 503, those under way finish, for up to the 30 s its configuration gives
     * {@code org.wildfly.sigterm.suspend.timeout}), then shuts down.
     */
    void gracefulStop() {
        ProcessHandle jvm = jvm();
        try {
            if (!jvm.destroy()) {
                throw new AssertionError("The server's JVM (" + jvm.pid() + ") could not be sent a SIGTERM");
            }
            jvm.onExit().get(90, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("The server did not stop gracefully", e);
        }
        launcher.destroyForcibly();
        launcher = null;
    }

    /** A clean stop. */
    void stop() {
        if (launcher == null) {
            return;
        }
        if (!Files.exists(pidFile())) {
            launcher.destroyForcibly();
            launcher = null;
            return;
        }
        try {
            ProcessHandle jvm = jvm();
            jvm.destroy();
            jvm.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            ProcessHandle.of(Long.parseLong(readPid())).ifPresent(ProcessHandle::destroyForcibly);
        }
        launcher.destroyForcibly();
        launcher = null;
    }

    private String readPid() {
        try {
            return Files.readString(pidFile()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the server's JVM is running. */
    boolean running() {
        return launcher != null && Files.exists(pidFile()) && ProcessHandle.of(Long.parseLong(readPid()))
                .map(ProcessHandle::isAlive).orElse(false);
    }

    private ProcessHandle jvm() {
        try {
            long pid = Long.parseLong(Files.readString(pidFile()).strip());
            return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("The server is not running"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The readiness check's answer, as the balancer gets it (JSON, whatever its status). */
    String readiness() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .sslContext(Tls.trustingAnyCertificate()).build();
        try {
            return client.send(HttpRequest.newBuilder((httpsOnly() ? httpsUri() : uri()).resolve("api/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void awaitReady(Duration limit) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .sslContext(Tls.trustingAnyCertificate()).build();
        URI ready = (httpsOnly() ? httpsUri() : uri()).resolve("api/health/ready");
        try {
            Waiting.waitingFor("the server ready").pollInterval(Duration.ofMillis(500)).atMost(limit).until(() -> {
                if (!launcher.isAlive()) {
                    throw new AssertionError("The server stopped while starting; see " + log());
                }
                if (Files.exists(log()) && Files.readString(log()).contains("WFLYSRV0026")) {
                    throw new AssertionError("The deployment failed; see " + log());
                }
                try {
                    return client.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                } catch (IOException notYet) {
                    return false;
                }
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("The server was not ready in " + limit + "; see " + log(), e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Takes out of the copied configuration what the Arquillian server has deployed through its management interface
     * (the shared deployment stays deployed while these tests run): its content is not copied, and this server has
     * its own EAR in {@code deployments}.
     */
    private static void withoutDeployments(Path configuration) throws IOException {
        try (Stream<Path> files = Files.list(configuration)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                String xml = Files.readString(file);
                String without = DEPLOYMENTS.matcher(xml).replaceAll("");
                if (!without.equals(xml)) {
                    Files.writeString(file, without);
                }
            }
        }
    }

    private static final Pattern DEPLOYMENTS = Pattern.compile("\\s*<deployments>.*?</deployments>", Pattern.DOTALL);

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
