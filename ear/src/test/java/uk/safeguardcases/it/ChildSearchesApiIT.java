package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.ApiCalls.get;
import static uk.safeguardcases.it.ApiCalls.token;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.json.JsonObject;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.search.ChildSearchRequestDetails;
import uk.safeguardcases.application.search.SearchAuthorisations;
import uk.safeguardcases.application.search.SearchLogDetails;
import uk.safeguardcases.application.search.SearchLogging;
import uk.safeguardcases.application.search.SearchRequests;
import uk.safeguardcases.domain.api.PersonalAccessToken.Scope;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.it.ApiCalls.Answer;

/**
 * Searches about a child through the API (issue 68, {@code /api/child-searches}): an authorised search and its log
 * read by the board's officers and senior managers, filtered by state, with what was found exactly as logged; the
 * board's other roles are refused; another board's search is not found and never listed; a filter that is not one
 * names its field.
 */
@ExtendWith(ArquillianExtension.class)
class ChildSearchesApiIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(ChildSearchesApiIT.class);
    }

    @Test
    void theBoardsOfficersAndSeniorsReadItsSearchesAndTheirLogsAndNobodyElseDoes() throws Exception {
        TestBoard board = TestBoard.like("lscb");
        TestBoard other = TestBoard.like("lscb");
        String senior = board.person("senior");
        String ref = as(board.officer(), () -> bean(SearchRequests.class).request(new ChildSearchRequestDetails(
                "CHILD-0042", "BHCC/2026/118", 2011, "Grooming indicators reported by the school.",
                EnumSet.of(Platform.INSTAGRAM), "Her public profile and posts", true)));
        as(senior, () -> bean(SearchAuthorisations.class).authorise(ref, "A justifiable concern – “grooming”",
                EnumSet.of(Platform.INSTAGRAM), "Her public posts only", 7));
        String found = "A post arranging a meeting – “after school” ŵ 🙂";
        as(board.officer(), () -> bean(SearchLogging.class).logSearch(ref, new SearchLogDetails(null,
                Platform.INSTAGRAM, "Public profile @cerys_2011", "Searched by name, signed out", found, "captured",
                null, null)));
        String theirs = as(other.officer(), () -> bean(SearchRequests.class).request(new ChildSearchRequestDetails(
                "CHILD-0099", "OTHER/1", 2012, "The other board's concern.", EnumSet.of(Platform.TIKTOK),
                "Posts", true)));

        String officer = token(board.officer(), Scope.READ);
        List<JsonObject> authorised = get(officer, "child-searches?status=AUTHORISED&platform=INSTAGRAM", null).json()
                .getJsonArray("searches").getValuesAs(JsonObject.class);
        assertThat(authorised).extracting(s -> s.getString("reference")).containsExactly(ref);
        assertThat(authorised.get(0).getString("decisionReason")).isEqualTo("A justifiable concern – “grooming”");
        assertThat(authorised.get(0).getInt("searchesLogged")).isEqualTo(1);
        assertThat(get(officer, "child-searches?status=REFUSED", null).json().getJsonArray("searches")).isEmpty();
        assertThat(get(officer, "child-searches", null).body()).doesNotContain(theirs).doesNotContain("CHILD-0099");

        JsonObject one = get(token(senior, Scope.READ), "child-searches/" + ref, null).json();
        assertThat(one.getString("status")).isEqualTo("AUTHORISED");
        JsonObject log = get(officer, "child-searches/" + ref + "/log", null).json();
        assertThat(log.getJsonArray("entries").getValuesAs(JsonObject.class)).singleElement().satisfies(e -> {
            assertThat(e.getInt("number")).isEqualTo(1);
            assertThat(e.getString("platform")).isEqualTo("INSTAGRAM");
            assertThat(e.getString("found")).isEqualTo(found);
        });

        // Another board's search: not found, log and all; the other roles are refused; bad filters name their field.
        assertThat(get(officer, "child-searches/" + theirs, null).status()).isEqualTo(404);
        assertThat(get(officer, "child-searches/" + theirs + "/log", null).status()).isEqualTo(404);
        for (String role : List.of("hr", "admin")) {
            Answer refused = get(token(board.person(role), Scope.READ), "child-searches", null);
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(ref);
        }
        assertThat(get(officer, "child-searches?status=OPEN", null).json().getJsonObject("errors").getString("status"))
                .contains("AUTHORISED");
        assertThat(get(officer, "child-searches?from=yesterday", null).json().getJsonObject("errors")
                .getString("from")).contains("2026-04-01");
    }
}
