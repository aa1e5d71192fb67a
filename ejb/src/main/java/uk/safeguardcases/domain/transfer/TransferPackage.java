package uk.safeguardcases.domain.transfer;

import java.util.List;

/**
 * What goes from the sending board to the receiving board, made once by the sending board as it sends: its words with
 * the transfer's redactions applied, never who raised the concern, never a staff member's account name.
 *
 * @param fromBoard the sending board's id
 * @param transferId the sending board's id of the transfer
 * @param reference the sending board's case reference
 * @param outcome the sending board's outcome of its investigation (a {@code CaseOutcome}'s name), or null
 * @param finding the sending board's finding on the allegation (an {@code AllegationFinding}'s name), or null
 * @param redactedPassages how many passages the redactions replaced, so the receiving board is told that, not what
 */
public record TransferPackage(String fromBoard, long transferId, String reference, LegalBasis legalBasis,
        String reason, String subjectName, String organisationName, String summary, String outcome, String findings,
        String finding, int redactedPassages, List<ReceivedItem> items) {

    public TransferPackage {
        items = List.copyOf(items);
    }
}
