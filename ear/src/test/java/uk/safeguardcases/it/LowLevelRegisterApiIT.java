package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.ApiCalls.get;
import static uk.safeguardcases.it.ApiCalls.post;
import static uk.safeguardcases.it.ApiCalls.token;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import uk.safeguardcases.it.ApiCalls.Answer;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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

        JsonObject register = get(token(board.person("senior"), Scope.READ), "low-level-concerns", null).json();
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

        JsonObject one = get(token(board.officer(), Scope.READ), "low-level-concerns?member=" + memberId, null).json();
        assertThat(one.getJsonArray("concerns")).hasSize(2);
        assertThat(one.getJsonArray("entries")).hasSize(1);

        // Another board's officer, asking for this board's member by id, finds nothing.
        JsonObject theirs = get(token(other.officer(), Scope.READ), "low-level-concerns?member=" + memberId, null).json();
        assertThat(theirs.getJsonArray("concerns")).isEmpty();
        assertThat(theirs.getJsonArray("entries")).isEmpty();
        for (String role : List.of("hr", "admin")) {
            Answer refused = get(token(board.person(role), Scope.READ), "low-level-concerns", null);
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(words);
        }
        assertThat(get(token(board.officer(), Scope.READ), "low-level-concerns?member=someone", null).json().getJsonObject("errors")
                .getString("member")).contains("whole number");
    }
}
