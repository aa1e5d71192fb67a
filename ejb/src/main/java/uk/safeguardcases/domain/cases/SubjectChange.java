package uk.safeguardcases.domain.cases;

/**
 * An officer says whom a case is about after it was raised: links it to the member's account, or moves it to another
 * parent organisation. A concern from the public page names the member only as the reporter knows them, so the case
 * starts with no account and at the board's placeholder organisation; until it is linked, nothing that works per
 * member (their portal, their HR partner, the register of low-level concerns) can reach them.
 */
public final class SubjectChange {

    private SubjectChange() {
    }

    /**
     * Why the change is refused. A closed case keeps whom it was about. Changing what is already set is a correction
     * (a misclick, a second member of the same name), so it needs the officer's reason on the timeline; the first
     * link, or a move away from an organisation no longer offered (the placeholder), needs none.
     */
    public enum Refusal {
        CLOSED,
        UNCHANGED,
        REASON_NEEDED
    }

    static boolean blank(String reason) {
        return reason == null || reason.isBlank();
    }
}
