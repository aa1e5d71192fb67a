package uk.safeguardcases.domain.audit;

/**
 * An entry was recorded on the board's timeline (published by the timeline, in the recording transaction, for the
 * caller's board): the case it is about (null for the board's own), its action's label and its detail. A process
 * observes it to keep a record of its own of what the product did, as the disclosure log does of every disclosure.
 */
public record TimelineRecorded(Long caseId, String action, String detail) {
}
