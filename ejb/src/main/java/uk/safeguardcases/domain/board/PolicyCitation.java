package uk.safeguardcases.domain.board;

import java.util.Map;

/**
 * Where a board's own policy says what a rule of the product says, for the pages, messages and timeline entries
 * that cite it: a board's people read their own policy's words or none, never another board's. Only the boards
 * whose documents have the rule cite it (see {@code ../shared/policies}); the others cite nothing.
 */
public enum PolicyCitation {
    /** LSCB section 3: evidence by open methods only, no password guessing or subterfuge. */
    OPEN_METHODS_ONLY(Map.of("lscb", "LSCB §3")),
    /** LSCB section 3: a search about a child is authorised by a senior member of staff and logged. */
    SEARCH_AUTHORISED(Map.of("lscb", "LSCB §3")),
    /** CHSCB 5.4: failure to comply with a request to remove content may lead to further action. */
    FAILURE_TO_REMOVE(Map.of("chscb", "CHSCB 5.4")),
    /** CHSCB 6.3: the duty to co-operate with an investigation. */
    DUTY_TO_COOPERATE(Map.of("chscb", "CHSCB 6.3")),
    /** CHSCB 6.2: discipline is referred to the member's parent organisation. */
    REFERRAL_TO_EMPLOYER(Map.of("chscb", "CHSCB 6.2"));

    private final Map<String, String> byBoard;

    PolicyCitation(Map<String, String> byBoard) {
        this.byBoard = byBoard;
    }

    /** "LSCB §3" for a board whose policy has the rule; empty for any other. */
    public String by(String boardId) {
        return byBoard.getOrDefault(boardId, "");
    }

    /** " (LSCB §3)" to close a sentence with, or empty for a board whose policy does not have the rule. */
    public String inBrackets(String boardId) {
        String citation = by(boardId);
        return citation.isEmpty() ? "" : " (" + citation + ")";
    }
}
