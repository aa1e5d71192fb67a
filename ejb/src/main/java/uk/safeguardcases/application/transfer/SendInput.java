package uk.safeguardcases.application.transfer;

import java.util.List;

/**
 * A senior manager's choices for sending a case to another board, as typed: the board's id, the legal basis's name,
 * the reason, whether the allegations go, the numbers of the evidence items that go, and the third parties' details
 * to redact, one per line.
 */
public record SendInput(String toBoard, String legalBasis, String reason, boolean withAllegations,
        List<Integer> evidenceNumbers, String redactions) {

    public SendInput {
        evidenceNumbers = evidenceNumbers == null ? List.of() : List.copyOf(evidenceNumbers);
    }
}
