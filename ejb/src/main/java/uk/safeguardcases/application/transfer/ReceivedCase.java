package uk.safeguardcases.application.transfer;

import uk.safeguardcases.domain.transfer.ReceivedTransfer;

/**
 * A transfer the board received, as its pages show it: what came (read-only), the sending board's name, and the
 * board's own case reference once it accepted.
 */
public record ReceivedCase(ReceivedTransfer received, String fromBoardName, String ownReference) {
}
