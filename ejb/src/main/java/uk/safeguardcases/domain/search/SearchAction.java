package uk.safeguardcases.domain.search;

import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;

/**
 * What authorised searches about a child (LSCB §3) and the board's rule on them record on the board's timeline: the
 * board's own record, never the HR partner's. The names and labels are those the product's own enum gave them before
 * the searches brought their own, so entries recorded then are read back as these.
 */
public enum SearchAction implements TimelineAction {
    CHILD_SEARCH_REQUESTED("Search about a child requested"),
    CHILD_SEARCH_AUTHORISED("Search about a child authorised"),
    CHILD_SEARCH_REFUSED("Search about a child refused"),
    CHILD_SEARCH_LOGGED("Search logged"),
    CHILD_SEARCH_WINDOW_ENDED("Search window ended"),
    CHILD_SEARCH_CLOSED("Search about a child closed"),
    CHILD_SEARCH_RULE_SET("Board rule on searching set"),
    CHILD_SEARCH_REGISTER_EXPORTED("Search register exported"),
    CHILD_SEARCH_REMOVED("Search about a child removed (retention)");

    private final String label;

    SearchAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Visibility visibility() {
        return Visibility.BOARD_ONLY;
    }
}
