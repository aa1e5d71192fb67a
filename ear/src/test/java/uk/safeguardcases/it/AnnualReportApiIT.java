package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.annualreport.AnnualReportService;
import uk.safeguardcases.application.api.PersonalAccessTokens;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.domain.api.PersonalAccessToken.Scope;
import uk.safeguardcases.domain.report.ReportPeriod;

/**
 * The annual report through the API (issue 68, {@code GET /api/annual-report}): a board's senior manager and
 * administrator read the same figures as the report's page and files, in English or Welsh as {@code Accept-Language}
 * asks, with a read-only token; the board's other roles are refused; another board's figures never include this one's
 * concerns; a figure under five is given only in words; the board's own words come back exactly as written.
 */
@ExtendWith(ArquillianExtension.class)
class AnnualReportApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(AnnualReportApiIT.class);
    }

    @Test
    void theBoardsSeniorsAndAdministratorsReadItsFiguresInEitherLanguageAndNobodyElseDoes() throws Exception {
        TestBoard board = TestBoard.like("cwmtaf");
        TestBoard other = TestBoard.like("cwmtaf");
        ReportPeriod year = ReportPeriod.financialYearOf(LocalDate.now(WorkingCalendar.UK));
        for (int i = 0; i < 6; i++) {
            CaseFixtures.raise(board.id(), "Rhys Ŵyn – “" + i + "”", "Post am £5 ‏🙂 " + i);
        }
        CaseFixtures.raise(other.id(), "Other board’s member", "One concern only.");
        String english = "Six concerns – “all from colleagues”, £0 spent ‏🙂";
        String welsh = "Chwe phryder – “i gyd gan gydweithwyr”, ŵ ŷ";
        as(board.person("senior"), () -> bean(AnnualReportService.class).writeNarrative(year, "investigations",
                english, welsh));

        String senior = token(board.person("senior"));
        JsonObject inEnglish = get(senior, "annual-report?from=" + year.from(), "en-GB").json();
        assertThat(inEnglish.getString("language")).isEqualTo("en");
        assertThat(inEnglish.getJsonObject("period").getString("from")).isEqualTo(year.from().toString());
        assertThat(inEnglish.getJsonObject("period").getString("label")).isEqualTo(year.label());
        assertThat(inEnglish.getJsonObject("periodBefore").getString("from")).isEqualTo(year.previous().from().toString());
        JsonObject investigations = section(inEnglish, "investigations");
        assertThat(investigations.getString("title")).isEqualTo("Investigations");
        assertThat(investigations.getString("narrative")).isEqualTo(english);
        assertThat(investigations.getString("narrativeCy")).isEqualTo(welsh);
        JsonObject bySource = table(investigations, "concerns.source");
        assertThat(bySource.getString("title")).isEqualTo("Concerns by source");
        JsonObject colleagues = row(bySource, "A colleague");
        assertThat(colleagues.getJsonObject("period").getInt("value")).isEqualTo(6);
        assertThat(colleagues.getJsonObject("period").getString("shown")).isEqualTo("6");
        assertThat(bySource.getJsonObject("total").getJsonObject("period").getInt("value")).isEqualTo(6);
        // The same figures as the report the page shows.
        assertThat(as(board.person("senior"), () -> bean(AnnualReportService.class).report(year)).table("concerns.source")
                .total().current().value()).isEqualTo(6);

        // Figures leaving for another system: an export on the board's timeline, as the CSV's and the PDF's are.
        assertThat(as(board.person("senior"), () -> bean(TimelineService.class).boardEntries(5)))
                .anySatisfy(entry -> assertThat(entry.detail()).isEqualTo("Annual report for " + year.label()
                        + " exported as JSON through the API"));

        JsonObject inWelsh = get(senior, "annual-report?from=" + year.from(), "cy").json();
        assertThat(inWelsh.getString("language")).isEqualTo("cy");
        JsonObject ymchwiliadau = section(inWelsh, "investigations");
        assertThat(ymchwiliadau.getString("title")).isEqualTo("Ymchwiliadau");
        assertThat(ymchwiliadau.getString("narrativeCy")).isEqualTo(welsh);
        JsonObject ynOlFfynhonnell = table(ymchwiliadau, "concerns.source");
        assertThat(ynOlFfynhonnell.getString("title")).isEqualTo("Pryderon yn ôl ffynhonnell");
        assertThat(row(ynOlFfynhonnell, "Cydweithiwr").getJsonObject("period").getInt("value")).isEqualTo(6);

        // The administrator too; another board's senior sees their own board's one concern, shown only in words.
        assertThat(get(token(board.admin()), "annual-report?from=" + year.from(), "en").status()).isEqualTo(200);
        JsonObject otherBoards = get(token(other.person("senior")), "annual-report?from=" + year.from(), "en").json();
        JsonObject theirColleagues = row(table(section(otherBoards, "investigations"), "concerns.source"), "A colleague");
        assertThat(theirColleagues.getJsonObject("period").containsKey("value")).as(theirColleagues.toString())
                .isFalse();
        assertThat(theirColleagues.getJsonObject("period").getString("shown")).isEqualTo("fewer than 5");
        assertThat(otherBoards.toString()).doesNotContain(english).doesNotContain(welsh);

        // The board's other roles: refused, with nothing of the figures.
        for (String role : List.of("officer", "hr")) {
            Answer refused = get(token(board.person(role)), "annual-report?from=" + year.from(), "en");
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("Concerns by source").doesNotContain(english);
        }
        // A date that is not one: the field named, in a problem.
        Answer badDate = get(senior, "annual-report?from=1st%20April", "en");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().getJsonObject("errors").getString("from")).contains("2025-04-01");
        // The token reads only: a change through it is refused before anything else.
        HttpResponse<String> write = HTTP.send(HttpRequest.newBuilder(CaseFixtures.base().resolve("api/annual-report"))
                .header("Authorization", "Bearer " + senior).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("may only read");
    }

    private static String token(String username) {
        return as(username, () -> bean(PersonalAccessTokens.class).issue("Figures tool", Scope.READ, 7)).token();
    }

    private record Answer(int status, String body) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    private static Answer get(String token, String path, String language) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(CaseFixtures.base().resolve("api/" + path))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(answer.statusCode(), answer.body());
    }

    private static JsonObject section(JsonObject report, String key) {
        return report.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(
                        "no section " + key + " in " + report));
    }

    private static JsonObject table(JsonObject section, String key) {
        return section.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(
                        "no table " + key + " in " + section));
    }

    private static JsonObject row(JsonObject table, String label) {
        return table.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("label").equals(label)).findFirst().orElseThrow(() -> new AssertionError(
                        "no row " + label + " in " + table));
    }
}
