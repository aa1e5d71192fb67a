package uk.safeguardcases.application.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.audit.Visibility;
import uk.safeguardcases.domain.search.SearchAction;

/**
 * What the searches record on the timeline is their own kind, registered by them: the entries the timeline already
 * keeps (their labels hashed into the audit chain) keep their names and labels, and the product's enum has none.
 */
class SearchActionsTest {

    @Test
    void theSearchesRegisterTheirOwnKindsUnderTheNamesAndLabelsTheTimelineKeeps() {
        assertThat(new SearchActions().actions()).extracting(SearchAction::name, SearchAction::label).containsExactly(
                tuple("CHILD_SEARCH_REQUESTED", "Search about a child requested"),
                tuple("CHILD_SEARCH_AUTHORISED", "Search about a child authorised"),
                tuple("CHILD_SEARCH_REFUSED", "Search about a child refused"),
                tuple("CHILD_SEARCH_LOGGED", "Search logged"),
                tuple("CHILD_SEARCH_WINDOW_ENDED", "Search window ended"),
                tuple("CHILD_SEARCH_CLOSED", "Search about a child closed"),
                tuple("CHILD_SEARCH_RULE_SET", "Board rule on searching set"),
                tuple("CHILD_SEARCH_REGISTER_EXPORTED", "Search register exported"),
                tuple("CHILD_SEARCH_REMOVED", "Search about a child removed (retention)"));
    }

    @Test
    void everySearchEntryIsTheBoardsOwnAndNoneIsTheProductsEnums() {
        assertThat(SearchAction.values()).allSatisfy(action -> {
            assertThat(action.visibility()).as(action.name()).isEqualTo(Visibility.BOARD_ONLY);
            assertThat(action.officersChoice()).as(action.name()).isFalse();
            assertThat(action.thirdPartysInformation()).as(action.name()).isFalse();
        });
        assertThat(AuditAction.values()).extracting(AuditAction::name).noneMatch(n -> n.startsWith("CHILD_SEARCH_"));
        assertThat(AuditAction.values()).extracting(AuditAction::label)
                .doesNotContainAnyElementsOf(new SearchActions().actions().stream().map(SearchAction::label).toList());
    }
}
