package uk.safeguardcases.application.search;

import java.time.Instant;
import uk.safeguardcases.domain.search.SearchRuleKind;

/** The board's rule on searching about a child, with the clause it quotes. */
public record SearchRuleView(SearchRuleKind rule, boolean prohibited, String clauseReference, String clauseText,
        int windowDays, int keepUntilAge, String setBy, Instant setAt) implements java.io.Serializable {
}
