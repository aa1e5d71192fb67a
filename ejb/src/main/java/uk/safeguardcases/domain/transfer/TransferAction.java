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
    TRANSFER_RULE_CHANGED("Rule for sending cases to other boards changed");

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
