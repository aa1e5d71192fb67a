package uk.safeguardcases.domain.transfer;

import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;

/**
 * What a transfer between boards records on each board's timeline (its audit chain): the sending board's on the case
 * it sends, the receiving board's on the board's record until it accepts, then on its own case. The details name the
 * boards and references, the legal basis and counts, never the person or what was sent.
 */
public enum TransferAction implements TimelineAction {
    TRANSFER_PROPOSED("Case transfer to another board proposed"),
    TRANSFER_AGREED("Case transfer agreed by a second senior manager"),
    TRANSFER_REFUSED("Case transfer refused by a second senior manager"),
    TRANSFER_SENT("Case sent to another board"),
    TRANSFER_ACCEPTED_THERE("Case transfer accepted by the receiving board"),
    TRANSFER_DECLINED_THERE("Case transfer declined by the receiving board"),
    TRANSFER_RECEIVED("Case received from another board"),
    TRANSFER_ACCEPTED("Case received from another board accepted"),
    TRANSFER_DECLINED("Case received from another board declined"),
    /** The receiving board's: its senior managers reminded of a case still waiting for their decision. */
    TRANSFER_DECISION_REMINDED("Senior managers reminded of a case received"),
    TRANSFER_RULE_CHANGED("Rule for sending cases to other boards changed"),
    /** The sending board's: the member was told by e-mail that their case went to another board. */
    TRANSFER_MEMBER_TOLD("Member told of the case sent to another board"),
    /** The sending board's: the member, to be told, has no account with an e-mail address: told another way. */
    TRANSFER_MEMBER_NOT_REACHED("Member to be told another way of the case sent"),
    /** The sending board's: a change of its case (reopened, a finding, removed) told to the board it sent it to. */
    TRANSFER_CHANGE_TOLD("Change told to the board the case was sent to"),
    /** The receiving board's: what came is marked with a change the sending board told. */
    TRANSFER_CHANGED_THERE("Case received from another board changed there"),
    /** The receiving board's: the sending board removed its record, and what came is erased with it. */
    TRANSFER_COPY_REMOVED("Received case removed with the sending board's record"),
    /** The receiving board's: the sending board removed its record; the board's own legal hold keeps the copy. */
    TRANSFER_COPY_KEPT("Received case kept under the board's legal hold"),
    /** The sending board's: the copy another board's legal hold kept is erased now, as the sending board asked. */
    TRANSFER_COPY_ERASED_THERE("Copy kept under another board's hold erased there"),
    /** The sending board's: a senior manager downloaded the signed package a case went as to another deployment. */
    TRANSFER_PACKAGE_DOWNLOADED("Signed package of a case sent downloaded"),
    /** The sending board's: the answer a board on another deployment gave, recorded by a senior manager. */
    TRANSFER_PACKAGE_ANSWER("Answer of a board on another deployment recorded"),
    /** The board's administrator trusts another deployment's packages (its signing certificate). */
    TRANSFER_DEPLOYMENT_TRUSTED("Packages from another deployment accepted"),
    /** The board's administrator no longer trusts another deployment's packages. */
    TRANSFER_DEPLOYMENT_DISTRUSTED("Packages from another deployment no longer accepted");

    private final String label;

    TransferAction(String label) {
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
