package uk.safeguardcases.application.investigation;

/**
 * CHSCB 6.2: the referral of a case went to the HR partner, in the transaction that sends it. Whoever keeps what was
 * sent (the pack, byte for byte) observes it.
 */
public record ReferralSent(long caseId) {
}
