package uk.safeguardcases.application.transfer;

import java.util.List;

/**
 * A senior manager's choices for sending a case to another board, as typed: the board's id, the legal basis's name,
 * the reason, whether the allegations go, the numbers of the evidence items that go, the third parties' details to
 * redact, one per line, and, where the board's rule tells the member, why telling them would prejudice an enquiry
 * (blank: they are told). {@code toBoard} {@value #ANOTHER_DEPLOYMENT}: it goes as a signed package to the board
 * named {@code toElsewhere} on another deployment. {@code withFiles}: the files go too (the chosen evidence items' and
 * the referral pack as it was sent).
 */
public record SendInput(String toBoard, String legalBasis, String reason, boolean withAllegations,
        List<Integer> evidenceNumbers, String redactions, String memberNotToldReason, String toElsewhere,
        boolean withFiles) {

    /** Choices without the files. */
    public SendInput(String toBoard, String legalBasis, String reason, boolean withAllegations,
            List<Integer> evidenceNumbers, String redactions, String memberNotToldReason, String toElsewhere) {
        this(toBoard, legalBasis, reason, withAllegations, evidenceNumbers, redactions, memberNotToldReason,
                toElsewhere, false);
    }

    /** The choice of a board on another deployment, as the form gives it. */
    public static final String ANOTHER_DEPLOYMENT = "another-deployment";

    /** Choices for a board of this deployment. */
    public SendInput(String toBoard, String legalBasis, String reason, boolean withAllegations,
            List<Integer> evidenceNumbers, String redactions, String memberNotToldReason) {
        this(toBoard, legalBasis, reason, withAllegations, evidenceNumbers, redactions, memberNotToldReason, null);
    }

    public SendInput {
        evidenceNumbers = evidenceNumbers == null ? List.of() : List.copyOf(evidenceNumbers);
    }

    /** Choices that leave the member's notice to the board's rule. */
    public SendInput(String toBoard, String legalBasis, String reason, boolean withAllegations,
            List<Integer> evidenceNumbers, String redactions) {
        this(toBoard, legalBasis, reason, withAllegations, evidenceNumbers, redactions, null);
    }
}
