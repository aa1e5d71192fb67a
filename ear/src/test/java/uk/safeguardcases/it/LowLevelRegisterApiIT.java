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
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.api.PersonalAccessTokens;
import uk.safeguardcases.application.lowlevel.LowLevelConcerns;
import uk.safeguardcases.domain.api.PersonalAccessToken.Scope;

/**
 * The low-level concerns register through the API (issue 68, {@code /api/low-level-concerns}): the board's officers
 * and senior managers read each member's entry and the concerns exactly as written, all or one member's; the board's
 * other roles are refused; another board's register never shows this one's; a member id that is not a number names
 * its field.
 */
@ExtendWith(ArquillianExtension.class)
class LowLevelRegisterApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(LowLevelRegisterApiIT.class);
    }

    @Test
    void theBoardsOfficersAndSeniorsReadTheRegisterAndNobodyElseDoes() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        TestBoard other = TestBoard.like("chscb");
        LowLevelConcerns concerns = bean(LowLevelConcerns.class);
        LocalDate today = LocalDate.now(UK);
        String words = "Followed a pupil’s parent – “just to say hello” ŵ £0 🙂";
        as(board.officer(), () -> concerns.record(board.person("member"), words, today.minusMonths(2)));
        as(board.officer(), () -> concerns.record(board.person("member"), "Liked a pupil's post.", today.minusDays(3)));
        as(other.officer(), () -> concerns.record(other.person("member"), "The other board's concern.", today));

        JsonObject register = get(token(board.person("senior")), "low-level-concerns").json();
        List<JsonObject> entries = register.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.getInt("lowLevelInWindow")).isEqualTo(2);
            assertThat(e.getInt("lowLevelAll")).isEqualTo(2);
            assertThat(e.getString("lastOccurred")).isEqualTo(today.minusDays(3).toString());
        });
        long memberId = entries.get(0).getJsonNumber("memberId").longValue();
        List<JsonObject> lines = register.getJsonArray("concerns").getValuesAs(JsonObject.class);
        assertThat(lines).extracting(l -> l.getString("summary")).containsExactly("Liked a pupil's post.", words);
        assertThat(register.toString()).doesNotContain("The other board's concern.");

        JsonObject one = get(token(board.officer()), "low-level-concerns?member=" + memberId).json();
        assertThat(one.getJsonArray("concerns")).hasSize(2);
        assertThat(one.getJsonArray("entries")).hasSize(1);

        // Another board's officer, asking for this board's member by id, finds nothing.
        JsonObject theirs = get(token(other.officer()), "low-level-concerns?member=" + memberId).json();
        assertThat(theirs.getJsonArray("concerns")).isEmpty();
        assertThat(theirs.getJsonArray("entries")).isEmpty();
        for (String role : List.of("hr", "admin")) {
            Answer refused = get(token(board.person(role)), "low-level-concerns");
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(words);
        }
        assertThat(get(token(board.officer()), "low-level-concerns?member=someone").json().getJsonObject("errors")
                .getString("member")).contains("whole number");
    }

    private static String token(String username) {
        return as(username, () -> bean(PersonalAccessTokens.class).issue("Register tool", Scope.READ, 7)).token();
    }

    private record Answer(int status, String body) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    private static Answer get(String token, String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(CaseFixtures.base().resolve("api/" + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(answer.statusCode(), answer.body());
    }
}
