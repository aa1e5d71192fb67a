package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.ApiCalls.get;
import static uk.safeguardcases.it.ApiCalls.post;
import static uk.safeguardcases.it.ApiCalls.token;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import uk.safeguardcases.it.ApiCalls.Answer;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.domain.access.SubjectAccessDeadline;
import uk.safeguardcases.domain.access.SubjectAccessRequestDetails;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.domain.calendar.WorkingDays;
import uk.safeguardcases.domain.api.PersonalAccessToken.Scope;

/**
 * The board's subject access requests through the API (issue 68, {@code /api/subject-access-requests}): its officers
 * and senior managers read the list, a page at a time and by state, and one request's dates, with a read-only
 * token, the state in English or Welsh and the person's name exactly as recorded; the board's other roles are
 * refused; another board's request is not found and never listed; bad paging names its field.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectAccessApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(SubjectAccessApiIT.class);
    }

    @Test
    void theBoardsOfficersAndSeniorsReadItsRequestsAndNobodyElseDoes() throws Exception {
        TestBoard board = TestBoard.like("cwmtaf");
        TestBoard other = TestBoard.like("cwmtaf");
        SubjectAccessRequests requests = bean(SubjectAccessRequests.class);
        LocalDate today = LocalDate.now(UK);
        String welsh = "Ŵyn ap Rhys – “Bryn” ‏🙂";
        String first = as(board.officer(), () -> requests.record(new SubjectAccessRequestDetails(welsh, welsh, null,
                today, "Ceri Jones", "Passport seen – £0")));
        String second = as(board.officer(), () -> requests.record(new SubjectAccessRequestDetails("Morgan Evans",
                "Morgan Evans", null, today.minusDays(3), "Ceri Jones", "Driving licence")));
        String theirs = as(other.officer(), () -> requests.record(new SubjectAccessRequestDetails("Other Board",
                "Other Board", null, today, "Someone", "Passport")));

        // One month on, or the next working day when that is not one (1 January, a weekend).
        WorkingDays days = as(board.officer(), () -> bean(WorkingCalendar.class).workingDays());
        String due = SubjectAccessDeadline.dueOn(today, days::isWorkingDay).toString();
        String officer = token(board.officer(), Scope.READ);
        JsonObject page = get(officer, "subject-access-requests?size=100", "en").json();
        assertThat(page.getInt("total")).isEqualTo(2);
        List<JsonObject> rows = page.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getString("reference")).containsExactly(second, first);
        JsonObject mine = rows.get(1);
        assertThat(mine.getString("subjectName")).isEqualTo(welsh);
        assertThat(mine.getString("receivedOn")).isEqualTo(today.toString());
        assertThat(mine.getString("answerDue")).isEqualTo(due);
        assertThat(mine.getString("state")).isEqualTo("ON_TIME");
        assertThat(mine.getString("stateText")).isEqualTo("Open");
        assertThat(page.toString()).doesNotContain(theirs).doesNotContain("Other Board");

        JsonObject inWelsh = get(officer, "subject-access-requests?state=ON_TIME&first=1&size=1", "cy").json();
        assertThat(inWelsh.getInt("total")).isEqualTo(2);
        assertThat(inWelsh.getJsonArray("rows").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(r -> assertThat(r.getString("stateText")).isEqualTo("Ar agor"));

        JsonObject one = get(token(board.person("senior"), Scope.READ), "subject-access-requests/" + first, "en").json();
        assertThat(one.getString("subjectName")).isEqualTo(welsh);
        assertThat(one.getString("firstDue")).isEqualTo(due);
        assertThat(one.getString("answerDue")).isEqualTo(due);
        assertThat(one.getInt("pausedDays")).isZero();
        assertThat(one.containsKey("answeredAt")).isFalse();

        // Another board's request: not found, as one that does not exist.
        Answer notFound = get(officer, "subject-access-requests/" + theirs, "en");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).doesNotContain("Other Board");
        // The board's other roles are refused.
        for (String role : List.of("hr", "admin")) {
            Answer refused = get(token(board.person(role), Scope.READ), "subject-access-requests", "en");
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(welsh);
        }
        // Bad paging or state names its field; the list takes no change.
        assertThat(get(officer, "subject-access-requests?size=500", "en").json().getJsonObject("errors")
                .getString("size")).contains("1 to 100");
        assertThat(get(officer, "subject-access-requests?state=LATE", "en").json().getJsonObject("errors")
                .getString("state")).contains("OVERDUE");
        HttpResponse<String> write = HTTP.send(HttpRequest.newBuilder(CaseFixtures.base()
                        .resolve("api/subject-access-requests")).header("Authorization", "Bearer " + officer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isIn(403, 405);
    }
}
