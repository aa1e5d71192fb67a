package uk.safeguardcases.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A board's rule on searching about a child (LSCB §3; Cwm Taf's prohibition). */
class ChildSearchRuleTest {

    @Test
    void aBoardThatHasSetNoRuleAllowsSearchesWithAuthorisationAsLscbSectionThreeSays() {
        ChildSearchRule standard = ChildSearchRule.standard();
        assertThat(standard.rule()).isEqualTo(SearchRuleKind.AUTHORISATION_REQUIRED);
        assertThat(standard.prohibits()).isFalse();
        assertThat(standard.clauseText()).isEqualTo("LSCB section 3: " + ChildSearchRule.LSCB_3A);
        assertThat(standard.windowDays()).isEqualTo(7);
        assertThat(standard.keepUntilAge()).isEqualTo(25);
    }

    @Test
    void aBoardMayProhibitSearchingQuotingItsClause() {
        Instant set = Instant.parse("2026-02-01T12:00:00Z");
        ChildSearchRule rule = ChildSearchRule.standard();
        rule.change(SearchRuleKind.PROHIBITED, "PU(j)",
                "Not to gather information about service users from social networking / online sources", 7, 25,
                "cwmtaf.admin", set);
        assertThat(rule.prohibits()).isTrue();
        assertThat(rule.clauseReference()).isEqualTo("PU(j)");
        assertThat(rule.setBy()).isEqualTo("cwmtaf.admin");
        assertThat(rule.setAt()).isEqualTo(set);
    }

    @Test
    void aSeniorAuthorisesAWindowOfAtLeastADayAndAtMostTheBoardsAndABoardSetsAtMostFourWeeks() {
        ChildSearchRule standard = ChildSearchRule.standard();
        assertThat(standard.allowsWindowOf(1)).isTrue();
        assertThat(standard.allowsWindowOf(7)).isTrue();
        assertThat(standard.allowsWindowOf(8)).isFalse();
        assertThat(standard.allowsWindowOf(0)).isFalse();
        assertThat(ChildSearchRule.possibleWindow(ChildSearchRule.MAX_WINDOW_DAYS)).isTrue();
        assertThat(ChildSearchRule.possibleWindow(29)).isFalse();
        assertThat(ChildSearchRule.possibleKeepUntilAge(17)).isFalse();
        assertThat(ChildSearchRule.possibleKeepUntilAge(18)).isTrue();
        assertThat(ChildSearchRule.possibleKeepUntilAge(101)).isFalse();
    }
}
