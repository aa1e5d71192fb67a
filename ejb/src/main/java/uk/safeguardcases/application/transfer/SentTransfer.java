package uk.safeguardcases.application.transfer;

import java.time.Instant;
import java.util.List;
import uk.safeguardcases.domain.transfer.LegalBasis;
import uk.safeguardcases.domain.transfer.TransferStatus;

/**
 * A transfer as the sending board's pages show it: the case, the board it goes to, what goes and why, who proposed
 * and checked it, the receiving board's answer, and whether the member is told (when, or why not). {@code mayCheck}: the reader may check it (a senior manager who
 * did not propose it, while it waits). {@code asPackage}: it went as a signed package to a board on another deployment.
 */
public record SentTransfer(long id, String caseReference, String toBoard, String toBoardName, LegalBasis legalBasis,
        String reason, boolean withAllegations, List<Integer> evidenceNumbers, int redactionTerms,
        TransferStatus status, String proposedBy, Instant proposedAt, String checkedBy, Instant checkedAt,
        String checkNote, Instant sentAt, Instant decidedAt, String decisionReason, String receivedReference,
        boolean mayCheck, boolean tellMember, String memberNotToldReason, Instant memberToldAt, boolean asPackage) {

    /** A package sent and not yet answered: the board's senior managers record the answer the other board gives. */
    public boolean awaitsPackageAnswer() {
        return asPackage && status == TransferStatus.SENT;
    }

    /** The evidence items' numbers as the pages list them: "1, 3". */
    public String evidenceList() {
        return String.join(", ", evidenceNumbers.stream().map(String::valueOf).toList());
    }
}
