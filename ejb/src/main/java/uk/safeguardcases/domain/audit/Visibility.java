package uk.safeguardcases.domain.audit;

/**
 * Who may read a case's timeline entry besides the board: its HR partner sees the entries shared with them, in the
 * referral pack, its PDF and the HR API. Which actions are shared, and why, is said once, in {@link AuditAction}.
 */
public enum Visibility {
    /** Only the board's own officers and seniors see it. */
    BOARD_ONLY,
    /** The HR partner of the member's parent organisation sees it as well, in the referral pack. */
    SHARED_WITH_HR;

    public boolean sharedWithHr() {
        return this == SHARED_WITH_HR;
    }
}
