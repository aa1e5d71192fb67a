package uk.safeguardcases.application.transfer;

/**
 * The receiving board's answer, as its process carries it back to the sending board: accepted (as its case
 * {@code theirReference}) or declined, and why it declined. Nothing else of the receiving board goes back.
 */
public record TransferAnswer(boolean accepted, String reason, String theirReference) {
}
