package uk.safeguardcases.domain.audit;

/**
 * Who may read a case's timeline entry besides the board: the one record of what reaches the HR partner of the
 * member's parent organisation (the referral pack, its PDF and the HR API). The service that records an action
 * says which it is; anything recorded without saying is {@link #BOARD_ONLY}, so a new kind of entry never leaks.
 *
 * <p>The decision, action by action (CHSCB 6.2 sends the employer what it needs to decide discipline; the
 * safeguarding screen and the board's internal deliberation stay with the board, because telling an employer
 * could prejudice a criminal investigation or a LADO enquiry):
 * <table>
 * <caption>Timeline actions and who sees them</caption>
 * <tr><th>action</th><th>visibility</th><th>why</th></tr>
 * <tr><td>Concern raised; Allegation recorded</td><td>shared</td><td>what the member is alleged to have done</td></tr>
 * <tr><td>Triage recorded (the triage note)</td><td>board only</td><td>the safeguarding screen</td></tr>
 * <tr><td>Referred to POLICE / IWF / CEOP / LADO, with their references</td><td>board only</td><td>other agencies'
 *     business</td></tr>
 * <tr><td>LADO timescale missed</td><td>board only</td><td>the board's own escalation</td></tr>
 * <tr><td>Clause suggested by monitoring tool; Member not matched</td><td>board only</td><td>a machine's guess,
 *     not a finding</td></tr>
 * <tr><td>Investigation authorised / not authorised (the senior's justification)</td><td>board only</td><td>LSCB §3
 *     authorisation is the board's record</td></tr>
 * <tr><td>Evidence captured</td><td>shared, except illegal imagery reported to the IWF / CEOP: board only</td>
 *     <td>the pack lists such an item without its details</td></tr>
 * <tr><td>Evidence gathered (summary); Removal verified (finding)</td><td>the officer's choice, shared unless marked
 *     internal</td><td>a note that may hold either</td></tr>
 * <tr><td>Removal / Co-operation request sent; Removal reminder sent; Removal request answered; Contest upheld /
 *     rejected; More time given / refused; Co-operation recorded; Non-compliance recorded; Non-co-operation
 *     recorded</td><td>shared</td><td>the member's dealings with the board (CHSCB 5.3, 5.4, 6.3)</td></tr>
 * <tr><td>Outcome decided; Referral approved; Referred to the parent organisation; Referral pack sent</td>
 *     <td>shared</td><td>the findings and approval the pack carries</td></tr>
 * <tr><td>Referral sent back</td><td>board only</td><td>internal deliberation before the referral</td></tr>
 * <tr><td>HR reminder sent; Referral acknowledged; Disciplinary outcome recorded; Appeal lodged; Appeal result
 *     recorded</td><td>shared</td><td>the HR partner's own part</td></tr>
 * <tr><td>HR acknowledgement overdue; Case closed; E-mail undeliverable; the board's set-up changes</td>
 *     <td>board only</td><td>the board's own administration</td></tr>
 * </table>
 */
public enum Visibility {
    /** Only the board's own officers and seniors see it (the default). */
    BOARD_ONLY,
    /** The HR partner of the member's parent organisation sees it as well, in the referral pack. */
    SHARED_WITH_HR;

    /** A note the officer may mark as internal: shared with HR unless they do. */
    public static Visibility ofNote(boolean internal) {
        return internal ? BOARD_ONLY : SHARED_WITH_HR;
    }

    public boolean sharedWithHr() {
        return this == SHARED_WITH_HR;
    }
}
