package uk.safeguardcases.domain.evidence;

/**
 * A piece of evidence was recorded on a case (fired in the recording transaction, after the product's own timeline
 * entry for it, if any). What the board gathered itself the product records on the timeline; what someone else
 * supplied ({@link Evidence#suppliedBy()}) the process that brought it records as its own kind of entry, saying
 * {@code entry}: its number, platform, method and hash, never its text, address or file name.
 */
public record EvidenceRecorded(long caseId, Evidence evidence, String entry) {
}
