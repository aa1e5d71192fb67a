package uk.safeguardcases.domain.evidence;

/**
 * An officer looked at evidence someone else supplied and accepted it as supplied, not gathered by the board (fired in
 * the reviewing transaction). The process that brought the evidence records it on the timeline, saying {@code entry}.
 */
public record SuppliedEvidenceReviewed(long caseId, Evidence evidence, EvidenceReview review, String entry) {
}
