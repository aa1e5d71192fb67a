package uk.safeguardcases.workflows;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Transfers between boards (issue 67): the sending board's process (a second senior manager's check when the board's
 * rule asks, the sending, the answer) and the receiving board's (its record kept, its decision, the answer back).
 */
@ApplicationScoped
public class TransferModels extends ClasspathModels {

    public TransferModels() {
        super("bpmn/case-transfer.bpmn", "bpmn/received-transfer.bpmn", "bpmn/transfer-follow-up.bpmn");
    }
}
