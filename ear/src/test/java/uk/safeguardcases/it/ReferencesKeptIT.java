package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.cases.ReferencesNotKeptException;
import uk.safeguardcases.application.health.HealthService;

/**
 * No reference is answered to anyone unless it is kept where a restore cannot lose it (the test server keeps them as
 * production does, {@code safeguard.references.ledger}). With this node's folder unusable (a file where the folder
 * was: what a wrong mount leaves, and what even root cannot write into), raising is refused through the services and
 * the API with a clear message and nothing saved; readiness says why and the figure reads 0. Mended, raising works at
 * once and the numbers go on with no reference given twice.
 */
@ExtendWith(ArquillianExtension.class)
class ReferencesKeptIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(ReferencesKeptIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private HealthService health;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aReferenceThatCannotBeKeptIsNeverGivenAndEverybodyWhoNeedsToKnowIsTold() throws Exception {
        Path node = Path.of(System.getProperty("safeguard.references.ledger"))
                .resolve(System.getProperty("jboss.node.name", "server").replaceAll("[^A-Za-z0-9._-]", "_"));
        String before = CaseFixtures.raise("cwmtaf", "Gwenllïan ap Rhys", "Neges “gyhoeddus” – £5 🙂");
        assertThat(Files.isDirectory(node)).as("the node keeps its references").isTrue();
        long casesBefore = casesOf("cwmtaf");

        Path moved = node.resolveSibling(node.getFileName() + ".away");
        Files.move(node, moved);
        Files.writeString(node, "a file where the folder was");
        try {
            assertThatThrownBy(() -> CaseFixtures.raise("cwmtaf", "Dafydd ap Gwilym", "Sylw arall"))
                    .isInstanceOf(ReferencesNotKeptException.class)
                    .hasMessageContaining("Nothing was saved");

            HttpResponse<String> api = raiseThroughTheApi("cwmtaf.officer", "Ŵyn “Dŵr” – £5 📧 \u200F");
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(api.headers().firstValue("Retry-After")).hasValue("60");
            JsonObject problem = Json.createReader(new StringReader(api.body())).readObject();
            assertThat(problem.getString("detail")).contains("Nothing was saved").doesNotContain("Exception");
            assertThat(casesOf("cwmtaf")).as("nothing saved").isEqualTo(casesBefore);

            // On the officer's page: the message, and every word typed still in the form, in Welsh as typed.
            String typed = "Neges “gyhoeddus” am y bwrdd – £5 🙂 ŵ ŷ";
            Browser officer = CaseFixtures.signedIn("cwmtaf.officer");
            Browser.Page form = officer.open("officer/raise.xhtml");
            Browser.Page refused = officer.submit(form, "concern", Map.of("subjectName", "Siôn Prys",
                    "organisationId", String.valueOf(CaseFixtures.caller("cwmtaf.member").organisationId()),
                    "source", "PUBLIC_COMPLAINT", "summary", typed), "raise");
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.uri()).endsWith("/officer/raise.xhtml");
            assertThat(refused.body()).contains("Nothing was saved").contains("Siôn Prys").contains(typed);
            assertThat(casesOf("cwmtaf")).as("nothing saved").isEqualTo(casesBefore);

            var readiness = health.readiness();
            assertThat(readiness.references()).containsEntry("kept", true).containsEntry("status", "DOWN");
            assertThat((String) readiness.references().get("reason")).contains("New records are refused")
                    .contains("safeguard.references.ledger");
            assertThat(figure("safeguard_references_writable")).isEqualTo(0.0);
        } finally {
            Files.delete(node);
            Files.move(moved, node);
        }

        // Mended: raising works at once, the next number follows the last one given (the refused ones took none).
        String after = CaseFixtures.raise("cwmtaf", "Dafydd ap Gwilym", "Sylw arall");
        assertThat(number(after)).isEqualTo(number(before) + 1);
        assertThat(Files.readString(node.resolve("cwmtaf-" + after.split("-")[1])).strip())
                .isEqualTo(String.format("%012d", number(after)));
        Waiting.waitingFor("the references' check UP again").atMost(Duration.ofSeconds(20))
                .until(() -> "UP".equals(health.readiness().references().get("status")));
        assertThat(health.readiness().references()).containsEntry("status", "UP").doesNotContainKey("reason");
        assertThat(figure("safeguard_references_writable")).isEqualTo(1.0);
    }

    private HttpResponse<String> raiseThroughTheApi(String username, String summary) throws Exception {
        String body = Json.createObjectBuilder().add("subjectName", "Siôn Prys")
                .add("organisationId", CaseFixtures.caller("cwmtaf.member").organisationId())
                .add("source", "COLLEAGUE_REPORT").add("summary", summary).add("subjectUsername", "cwmtaf.member")
                .build().toString();
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + (8080 + offset)
                        + "/api/cases")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The node's own figure, as Prometheus reads it from the management interface. */
    private double figure(String name) throws Exception {
        String exposition = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + (9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return exposition.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in the figures"));
    }

    private long casesOf(String board) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from safeguarding_case where tenant_id = ?")) {
            query.setString(1, board);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static int number(String reference) {
        return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
    }
}
