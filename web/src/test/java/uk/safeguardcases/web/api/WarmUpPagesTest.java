package uk.safeguardcases.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.cases.ConcernRehearsal;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.domain.people.Role;

/** Who may have a signed-in page drawn by a node's warm-up: its own requests, while it warms up, and no one else. */
class WarmUpPagesTest {

    private final WarmUp warmUp = new WarmUp();

    private final Caller warmUpCaller = new Caller("warm-up", "Warm-up", "lscb", Set.of(Role.OFFICER, Role.ADMIN), null);

    @Test
    void theWarmUpsOwnRequestGetsItsCallerWhileItWarmsUp() {
        String token = warmUp.openPages(warmUpCaller, null);
        for (String page : WarmUp.SIGNED_IN_PAGES) {
            assertThat(warmUp.callerForPage(page, token, true)).as(page).contains(warmUpCaller);
        }
    }

    @Test
    void nothingIsDrawnBeforeOrAfterTheWarmUp() {
        assertThat(warmUp.callerForPage("officer/cases.xhtml", "", true)).as("before: an empty token").isEmpty();
        assertThat(warmUp.callerForPage("officer/cases.xhtml", null, true)).as("before: no token").isEmpty();
        String token = warmUp.openPages(warmUpCaller, null);
        warmUp.closePages();
        assertThat(warmUp.callerForPage("officer/cases.xhtml", token, true)).as("after: its own token").isEmpty();
    }

    @Test
    void anotherTokenAnotherHostOrAnotherPageGetsNothing() {
        String token = warmUp.openPages(warmUpCaller, null);
        assertThat(warmUp.callerForPage("officer/cases.xhtml", null, true)).as("no token").isEmpty();
        assertThat(warmUp.callerForPage("officer/cases.xhtml", "", true)).as("an empty token").isEmpty();
        assertThat(warmUp.callerForPage("officer/cases.xhtml", token.substring(1), true)).as("part of it").isEmpty();
        assertThat(warmUp.callerForPage("officer/cases.xhtml", token + "x", true)).as("more than it").isEmpty();
        assertThat(warmUp.callerForPage("officer/cases.xhtml", "Ŵyn “£” 🙂\u200F", true)).as("text").isEmpty();
        assertThat(warmUp.callerForPage("officer/cases.xhtml", token, false)).as("from another host").isEmpty();
        for (String page : new String[] {"officer/case.xhtml", "portal/requests.xhtml", "hr/referrals.xhtml",
                "admin/accounts.xhtml", "officer/cases.xhtml/../../WEB-INF/web.xml", "/officer/cases.xhtml", "",
                "OFFICER/CASES.XHTML"}) {
            assertThat(warmUp.callerForPage(page, token, true)).as(page).isEmpty();
        }
    }

    @Test
    void theCasePageIsDrawnOnlyOfTheRehearsedConcernsBoardForItsOwnToken() {
        ConcernRehearsal.Stage stage = new ConcernRehearsal.Stage("lscb", 7L);
        assertThat(warmUp.stageForCasePage("", true)).as("before").isEmpty();
        String token = warmUp.openPages(warmUpCaller, stage);
        assertThat(warmUp.callerForPage(WarmUp.CASE_PAGE, token, true)).contains(warmUpCaller);
        assertThat(warmUp.stageForCasePage(token, true)).contains(stage);
        assertThat(warmUp.callerForPage(WarmUp.CASE_PAGE, token, false)).as("from another host").isEmpty();
        assertThat(warmUp.stageForCasePage(token, false)).as("from another host").isEmpty();
        assertThat(warmUp.stageForCasePage(token + "x", true)).as("another token").isEmpty();
        assertThat(warmUp.stageForCasePage(null, true)).as("no token").isEmpty();
        assertThat(warmUp.callerForPage(WarmUp.CASE_PAGE + "?ref=LSCB-2026-00001", token, true)).as("a real case")
                .isEmpty();
        warmUp.closePages();
        assertThat(warmUp.callerForPage(WarmUp.CASE_PAGE, token, true)).as("after").isEmpty();
        assertThat(warmUp.stageForCasePage(token, true)).as("after").isEmpty();
    }

    @Test
    void theEndOfTheWarmUpsSessionIsForItsOwnTokenOnly() {
        assertThat(warmUp.admits("", true)).as("before").isFalse();
        String token = warmUp.openPages(warmUpCaller, null);
        assertThat(warmUp.admits(token, true)).as("its own token, from this host").isTrue();
        assertThat(warmUp.admits(token, false)).as("from another host").isFalse();
        assertThat(warmUp.admits(null, true)).as("no token").isFalse();
        assertThat(warmUp.admits(token.toUpperCase(java.util.Locale.ROOT) + "Ŵ", true)).as("another").isFalse();
        assertThat(warmUp.callerForPage(WarmUpPagesServlet.END, token, true)).as("not a page").isEmpty();
        warmUp.closePages();
        assertThat(warmUp.admits(token, true)).as("after").isFalse();
    }

    @Test
    void eachWarmUpHasAFreshToken() {
        String first = warmUp.openPages(warmUpCaller, null);
        String second = warmUp.openPages(warmUpCaller, null);
        assertThat(second).isNotEqualTo(first).hasSizeGreaterThanOrEqualTo(43);
        assertThat(warmUp.callerForPage("officer/cases.xhtml", first, true)).as("the first token").isEmpty();
    }

    @Test
    void theWarmUpDrawsTheCaseListInEveryOrderBothWays() {
        java.util.Set<String> orders = new java.util.HashSet<>();
        for (String order : WarmUp.LIST_ORDERS) {
            java.net.URI uri = java.net.URI.create("https://node/warm-up/").resolve(order);
            assertThat(WarmUp.SIGNED_IN_PAGES).as(order).contains(uri.getPath().substring("/warm-up/".length()));
            java.util.Map<String, String> parameters = new java.util.HashMap<>();
            for (String pair : uri.getQuery().split("&")) {
                parameters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            uk.safeguardcases.application.cases.CaseSort sort = uk.safeguardcases.web.officer.CaseListQuery
                    .from(parameters::get).sort();
            orders.add(sort.column() + (sort.ascending() ? " up" : " down"));
        }
        assertThat(orders).as("each order of the list once each way, as the list reads it")
                .hasSize(2 * uk.safeguardcases.application.cases.CaseSort.Column.values().length)
                .hasSameSizeAs(WarmUp.LIST_ORDERS);
    }
}
