package uk.safeguardcases.workflows;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Transfers between boards (issue 67): the sending board's process (a second senior manager's check when the board's
 * rule asks, the sending, the answer), the receiving board's (its record kept, its decision, the answer back), the
 * sending board's telling of a later change, and the receiving board's telling of a kept copy erased at last.
 */
@ApplicationScoped
public class TransferModels extends ClasspathModels {

    public TransferModels() {
        super("bpmn/case-transfer.bpmn", "bpmn/received-transfer.bpmn", "bpmn/transfer-follow-up.bpmn",
                "bpmn/transfer-copy-erased.bpmn");
    }
}
