package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.ApiCalls.get;
import static uk.safeguardcases.it.ApiCalls.token;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.publicconcern.ConcernFromAnyone;
import uk.safeguardcases.application.publicconcern.ConcernIntake;
import uk.safeguardcases.application.publicconcern.PublicPages;
import uk.safeguardcases.domain.api.PersonalAccessToken.Scope;
import uk.safeguardcases.domain.publicconcern.ReceiptCode;
import uk.safeguardcases.domain.publicconcern.ReporterRelation;
import uk.safeguardcases.domain.publicconcern.WorkChallenge;
import uk.safeguardcases.it.ApiCalls.Answer;

/**
 * Reports from outside the board through the API (issue 68, {@code /api/public-reports}): a concern raised on the
 * public page is read by the board's officers and senior managers with its reporter and messages, and an officer
 * writes to the reporter through it, kept exactly as written; a senior may read but not write; the board's other roles
 * are refused; another board's officer finds nothing; a read-only token writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PublicReportsApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(PublicReportsApiIT.class);
    }

    @Test
    void theBoardsOfficersReadTheReportAndWriteToTheReporterAndNobodyElseDoes() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        TestBoard other = TestBoard.like("chscb");
        String challenge = bean(PublicPages.class).challenge();
        String code = bean(ConcernIntake.class).raise(board.id(), "198.51.100.7-" + UUID.randomUUID(), Locale.UK,
                new ConcernFromAnyone("A post naming a pupil.", "https://social.example.org/posts/4711\n",
                        LocalDate.now(UK).minusDays(1), "Morgan Evans", null, "Ysgol “Glan‑y‑Môr”",
                        ReporterRelation.PUBLIC, List.of(), "Gwen ap Rhys", null, null, challenge,
                        WorkChallenge.solve(challenge, WorkChallenge.DIFFICULTY)));
        String ref = referenceOf(board.id(), code);

        String officer = token(board.officer(), Scope.READ_WRITE);
        JsonObject report = get(officer, "public-reports/" + ref, null).json();
        assertThat(report.getString("relation")).isEqualTo("PUBLIC");
        assertThat(report.getString("reporterName")).isEqualTo("Gwen ap Rhys");
        assertThat(report.getJsonArray("messages")).isEmpty();

        String words = "Diolch – we have your report “in hand”, ŵ £0 🙂";
        assertThat(post(officer, "public-reports/" + ref + "/messages", "{\"message\":\"" + words + "\"}").status())
                .isEqualTo(204);
        JsonObject after = get(token(board.person("senior"), Scope.READ), "public-reports/" + ref, null).json();
        assertThat(after.getJsonArray("messages").getValuesAs(JsonObject.class)).singleElement().satisfies(m -> {
            assertThat(m.getString("body")).isEqualTo(words);
            assertThat(m.getBoolean("fromReporter")).isFalse();
        });

        // A senior reads but does not write; a read-only token writes nothing; an empty message names its field.
        assertThat(post(token(board.person("senior"), Scope.READ_WRITE), "public-reports/" + ref + "/messages",
                "{\"message\":\"From a senior\"}").status()).isEqualTo(403);
        Answer readOnly = post(token(board.officer(), Scope.READ), "public-reports/" + ref + "/messages",
                "{\"message\":\"x\"}");
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(readOnly.body()).contains("may only read");
        assertThat(post(officer, "public-reports/" + ref + "/messages", "{\"message\":\" \"}").json()
                .getJsonObject("errors").containsKey("message")).isTrue();
        // Another board's officer finds nothing; the other roles are refused; a case not raised so is not found.
        String theirs = token(other.officer(), Scope.READ_WRITE);
        assertThat(get(theirs, "public-reports/" + ref, null).status()).isEqualTo(404);
        assertThat(post(theirs, "public-reports/" + ref + "/messages", "{\"message\":\"Hello\"}").status())
                .isEqualTo(404);
        for (String role : List.of("hr", "admin")) {
            Answer refused = get(token(board.person(role), Scope.READ), "public-reports/" + ref, null);
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("Gwen");
        }
        String ownCase = CaseFixtures.raise(board.id(), "Rhys Jones", "Raised by an officer.");
        assertThat(get(officer, "public-reports/" + ownCase, null).status()).isEqualTo(404);
        assertThat(get(officer, "public-reports/" + ref, null).json().getJsonArray("messages")).hasSize(1);
    }

    private static Answer post(String token, String path, String json) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(CaseFixtures.base().resolve("api/" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(answer.statusCode(), answer.body());
    }

    /** The case a receipt code raised (the code is never kept; its hash is). */
    private String referenceOf(String board, String code) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select c.reference from public_report r"
                        + " join safeguarding_case c on c.id = r.case_id where r.receipt_sha256 = ? and r.tenant_id = ?")) {
            query.setString(1, ReceiptCode.digest(code));
            query.setString(2, board);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("a report for the code").isTrue();
                return rows.getString(1);
            }
        }
    }
}
