package uk.safeguardcases.domain.publicconcern;

import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;

/**
 * What a concern raised on the public page records on the case's timeline. The board's own, never the HR partner's:
 * the reporter's identity and words stay with the board's officers and seniors, and the entries say what happened
 * (a message, its length) without the words.
 */
public enum PublicConcernAction implements TimelineAction {
    REPORT_RECEIVED("Concern received on the public page"),
    MESSAGE_TO_REPORTER("Message sent to the reporter"),
    REPORTER_ANSWERED("The reporter answered"),
    REPORTER_ADDED_EVIDENCE("The reporter added evidence"),
    OUTCOME_SHARING_CHANGED("Whether the reporter is told the outcome changed"),
    /** The officer chose to tell the reporter how it ended: a disclosure, which the board's disclosure log keeps. */
    OUTCOME_SHARED_WITH_REPORTER("Outcome shared with the reporter"),
    REPORTER_DETAILS_REMOVED("The reporter's details and words removed"),
    /** One item the reporter sent: supplied, not gathered by the board; no open-methods declaration. */
    EVIDENCE_SUPPLIED("Evidence supplied by the reporter"),
    /** An officer looked at it and accepted it as supplied; from then it may reach the member and HR. */
    SUPPLIED_EVIDENCE_REVIEWED("Evidence supplied by the reporter reviewed"),
    /** The reporter opened the link sent to the address they gave and confirmed it is theirs. */
    REPORTER_ADDRESS_CONFIRMED("The reporter confirmed their e-mail address"),
    /** Asked for with the receipt code: a new link to confirm the address (at most three in all). */
    REPORTER_ADDRESS_LINK_SENT_AGAIN("The link to confirm the reporter's e-mail address sent again");

    private final String label;

    PublicConcernAction(String label) {
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

    /** Received from whom, the messages to and from the reporter, their evidence: together they say who reported. */
    @Override
    public boolean thirdPartysInformation() {
        return true;
    }
}
