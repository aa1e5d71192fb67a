package uk.safeguardcases.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real OpenID Connect provider for the single sign-on tests: Keycloak's distribution from Maven Central (unpacked by
 * the build under {@code target/}), started in development mode on its own port with one realm imported from JSON,
 * and stopped with its whole process tree afterwards. Each start begins with an empty Keycloak database.
 */
final class Keycloak implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private Keycloak(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The port Keycloak listens on: 8730 plus the tests' port offset, clear of the servers the tests start. */
    static int port() {
        return 8730 + Integer.getInteger("it.port.offset", 100);
    }

    /** Starts Keycloak with {@code realmJson} imported and waits (up to 3 minutes) until the realm answers. */
    static Keycloak start(String realm, String realmJson) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home + " (the build's pre-integration-test"
                    + " phase unpacks org.keycloak:keycloak-quarkus-dist)");
        }
        delete(home.resolve("data"));
        Files.createDirectories(home.resolve("data/import"));
        Files.writeString(home.resolve("data/import/" + realm + ".json"), realmJson, StandardCharsets.UTF_8);
        Path log = home.resolve("keycloak-test.log");
        int port = port();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--import-realm", "--http-management-port=" + (port + 1),
                "--cache=local")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-" + port);
        // -Dsafeguard.server.javaOpts: what the test servers get (CI's C1-only JIT, for one).
        builder.environment().put("JAVA_OPTS_APPEND", ("-Xms64m -Xmx512m "
                + System.getProperty("safeguard.server.javaOpts", "")).strip());
        Keycloak keycloak = new Keycloak(builder.start(), port, log);
        keycloak.waitForRealm(realm);
        return keycloak;
    }

    /** The realm's issuer, as the product is to be told it. */
    String issuer(String realm) {
        return "http://localhost:" + port + "/realms/" + realm;
    }

    private void waitForRealm(String realm) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(issuer(realm) + "/.well-known/openid-configuration");
        try {
            Waiting.waitingFor("Keycloak's realm " + realm).pollInterval(Duration.ofSeconds(1))
                    .atMost(Duration.ofMinutes(5)).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Keycloak stopped while starting:\n" + tail());
                        }
                        try {
                            return http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                        } catch (IOException notYet) {
                            return false;
                        }
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            close();
            throw new IllegalStateException("Keycloak did not answer within 5 minutes:\n" + tail(), e);
        }
    }

    private String tail() throws IOException {
        var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
