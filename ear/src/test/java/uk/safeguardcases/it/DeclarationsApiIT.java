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
import org.camunda.bpm.engine.ProcessEngine;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import uk.safeguardcases.it.ApiCalls.Answer;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.declaration.PolicyDeclarations;
import uk.safeguardcases.application.declaration.PolicyVersionDetails;
import uk.safeguardcases.domain.api.PersonalAccessToken.Scope;
import uk.safeguardcases.domain.audit.TimelineEntry;

/**
 * Policy declarations through the API (issue 68, {@code /api/declarations}): once a version is published and the
 * members asked, the board's senior managers and administrators read its completion and who has signed, member by
 * member, in English or Welsh, each read of the members an export on the timeline; the board's other roles are
 * refused, another board sees only its own (none before it publishes), bad paging names its field.
 */
@ExtendWith(ArquillianExtension.class)
class DeclarationsApiIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(DeclarationsApiIT.class);
    }

    @Test
    void theBoardsSeniorsReadWhoHasSignedInEitherLanguageAndNobodyElseDoes() throws Exception {
        TestBoard board = TestBoard.like("cwmtaf");
        TestBoard other = TestBoard.like("cwmtaf");
        PolicyDeclarations declarations = bean(PolicyDeclarations.class);
        Long owner = as(board.admin(), () -> declarations.possibleOwners()).stream()
                .filter(o -> o.name().equals("Adam Ali")).findFirst().orElseThrow().id();
        LocalDate from = LocalDate.now(UK).minusDays(5);
        as(board.admin(), () -> declarations.publish(new PolicyVersionDetails("Polisi – “cyfryngau” ŵ 🙂", from,
                from.plusYears(1), owner)));
        ProcessEngine engine = bean(ProcessEngine.class);
        Waiting.runningJobsUntil("the members asked on " + board.id(), engine.getManagementService(),
                () -> engine.getManagementService().createJobQuery().tenantIdIn(board.id()).executable().list(),
                () -> as(board.admin(), () -> declarations.versions()).get(0).membersAsked() != null);

        String senior = token(board.person("senior"), Scope.READ);
        JsonObject completion = get(senior, "declarations", "en").json();
        assertThat(completion.getString("title")).isEqualTo("Polisi – “cyfryngau” ŵ 🙂");
        int asked = completion.getJsonObject("total").getInt("asked");
        assertThat(asked).isPositive();
        assertThat(completion.getJsonObject("total").getInt("declared")).isZero();
        assertThat(completion.getJsonArray("byOrganisation")).isNotEmpty();

        JsonObject members = get(senior, "declarations/members?status=ASKED", "en").json();
        assertThat(members.getInt("total")).isEqualTo(asked);
        List<JsonObject> rows = members.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.getString("status")).isEqualTo("ASKED");
            assertThat(r.getString("statusText")).isEqualTo("Not yet signed");
            assertThat(r.getString("username")).startsWith(board.id() + ".");
        });
        JsonObject inWelsh = get(senior, "declarations/members?first=0&size=1", "cy").json();
        assertThat(inWelsh.getJsonArray("rows").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(r -> assertThat(r.getString("statusText")).isNotEqualTo("Not yet signed").isNotBlank());
        assertThat(as(board.admin(), () -> bean(TimelineService.class).boardEntries(10)))
                .extracting(TimelineEntry::detail).anySatisfy(d -> assertThat(d)
                        .startsWith("Completion of version 1 exported as JSON through the API"));

        // The administrator too; the other roles are refused; another board has published nothing.
        assertThat(get(token(board.admin(), Scope.READ), "declarations", "en").status()).isEqualTo(200);
        for (String role : List.of("officer", "hr")) {
            Answer refused = get(token(board.person(role), Scope.READ), "declarations/members", "en");
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(board.id() + ".");
        }
        Answer theirs = get(token(other.person("senior"), Scope.READ), "declarations/members", "en");
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.body()).doesNotContain(board.id());
        assertThat(get(senior, "declarations/members?size=0", "en").json().getJsonObject("errors").getString("size"))
                .contains("1 to 500");
        assertThat(get(senior, "declarations/members?status=SIGNED", "en").json().getJsonObject("errors")
                .getString("status")).contains("COUNTERSIGNED");
    }
}
