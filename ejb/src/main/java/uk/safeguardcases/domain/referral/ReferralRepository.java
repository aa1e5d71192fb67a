package uk.safeguardcases.domain.referral;

import java.util.Optional;

/** The disciplinary referrals of the caller's board (an HR partner: those to their own organisation). */
public interface ReferralRepository {

    /** A case's referral (there is at most one). */
    Optional<Referral> ofCase(long caseId);

    void add(Referral referral);

    /** The case's referrals to outside agencies, in the order made. */
    java.util.List<ExternalReferral> externalOf(long caseId);

    /** The referral pack as sent for the case (there is at most one). */
    Optional<SentReferralPack> sentPack(long caseId);

    /** What is known of the pack sent for the case without reading its content. */
    Optional<SentPackCopy> sentPackCopy(long caseId);

    void add(SentReferralPack pack);

    record SentPackCopy(String sha256, java.time.Instant sentAt, Integer sizeBytes) {
    }
}
