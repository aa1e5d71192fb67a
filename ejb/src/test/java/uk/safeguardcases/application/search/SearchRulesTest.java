package uk.safeguardcases.application.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.search.ChildSearchRule;
import uk.safeguardcases.domain.search.SearchAction;
import uk.safeguardcases.domain.search.SearchRuleKind;

/**
 * Each board's rule on searching about a child (issue 16, part 2): allowed with authorisation as LSCB §3 until the
 * board says otherwise; prohibited, quoting the clause, where the board forbids it (Cwm Taf's PU(j)); the window a
 * senior may authorise and how long a search is kept, the board's own. Over searches and clauses kept in memory.
 */
class SearchRulesTest {

    private static final String PU_J = "Not to gather information about service users from social networking / online"
            + " sources";

    private final SearchesFixture f = new SearchesFixture();

    @BeforeEach
    void signIn() {
        CallerContext.set(f.admin);
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    @Test
    void aBoardThatHasSetNoRuleAllowsSearchesWithAuthorisationForUpToAWeek() {
        SearchRuleView rule = f.rules.rule();
        assertThat(rule.rule()).isEqualTo(SearchRuleKind.AUTHORISATION_REQUIRED);
        assertThat(rule.prohibited()).isFalse();
        assertThat(rule.clauseText()).isEqualTo("LSCB section 3: " + ChildSearchRule.LSCB_3A);
        assertThat(rule.windowDays()).isEqualTo(7);
        assertThat(rule.keepUntilAge()).isEqualTo(25);
        assertThat(rule.setBy()).as("nobody of the board set it").isEqualTo("system");
        assertThat(f.stored.rule()).as("the standard rule is not stored").isEmpty();
    }

    @Test
    void aProhibitionQuotesItsClauseAndAnOfficerAskingIsRefusedWithItAndNothingIsOpened() {
        f.rules.setRule(SearchRuleKind.PROHIBITED, null, PU_J, 7, 25);

        CallerContext.set(f.officer);
        assertThatThrownBy(() -> f.requests.request(SearchesFixture.details(Platform.INSTAGRAM)))
                .isInstanceOf(SearchProhibitedException.class)
                .hasMessage("This board does not allow searches about a child: “" + PU_J + "”");
        assertThat(f.processes.started).isEmpty();

        CallerContext.set(f.admin);
        f.rules.setRule(SearchRuleKind.PROHIBITED, "3(a)", "", 7, 25);
        CallerContext.set(f.officer);
        assertThatThrownBy(() -> f.requests.request(SearchesFixture.details(Platform.INSTAGRAM)))
                .isInstanceOf(SearchProhibitedException.class).hasMessageStartingWith(
                        "This board does not allow searches about a child. Clause 3(a) forbids it: “If SM systems");
        assertThat(f.stored.rule()).as("one rule, changed").get().satisfies(rule -> {
            assertThat(rule.clauseReference()).isEqualTo("3(a)");
            assertThat(rule.setBy()).isEqualTo("lscb.admin");
        });
        assertThat(f.timeline.actions()).containsExactly(SearchAction.CHILD_SEARCH_RULE_SET,
                SearchAction.CHILD_SEARCH_RULE_SET);
        assertThat(f.timeline.recorded().get(0).detail()).isEqualTo("Searches about a child: prohibited: “" + PU_J
                + "”; windows of up to 7 days; kept until the child's 25th birthday. Set by Rhiannon Prys.");

        CallerContext.set(f.theirOfficer);
        assertThat(f.requests.request(SearchesFixture.details(Platform.INSTAGRAM))).as("another board's rule")
                .isEqualTo("CHSCB-CS-2026-0001");
    }

    @Test
    void aRuleQuotesAClauseOfTheCatalogueOrItsOwnWordsWithinTheLimitsEveryBoardKeeps() {
        assertThatThrownBy(() -> f.rules.setRule(null, "9(z)", "", 29, 17))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("rule", SearchWords.text("search.rule.missing"))
                        .containsEntry("clauseReference", "The board has no clause 9(z).")
                        .containsEntry("clauseText", SearchWords.text("search.rule.clauseMissing"))
                        .containsEntry("windowDays", "A search may be authorised for between 1 and 28 days.")
                        .containsKey("keepUntilAge"));
        assertThat(f.stored.rule()).isEmpty();
        assertThat(f.timeline.recorded()).isEmpty();

        CallerContext.set(f.senior);
        assertThatThrownBy(() -> f.rules.setRule(SearchRuleKind.PROHIBITED, null, PU_J, 7, 25))
                .as("the board administrator's").isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theBoardsWindowLimitsWhatASeniorAuthorisesAndItsAgeHowLongASearchIsKept() {
        f.rules.setRule(SearchRuleKind.AUTHORISATION_REQUIRED, null, "Our own words: searches need a senior.", 14,
                21);

        String reference = f.ask(f.officer, Platform.INSTAGRAM);
        assertThat(f.stored.byReference(reference).orElseThrow().keepUntil()).isEqualTo(LocalDate.of(2032, 12, 31));
        CallerContext.set(f.senior);
        assertThatThrownBy(() -> f.authorisations.authorise(reference, "Grooming indicators",
                Set.of(Platform.INSTAGRAM), "Public posts", 15)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Authorise the search for between 1 and 14 days.");
        f.authorisations.authorise(reference, "Grooming indicators", Set.of(Platform.INSTAGRAM), "Public posts", 14);
        assertThat(f.rules.rule().windowDays()).isEqualTo(14);
    }
}
