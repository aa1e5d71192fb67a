package uk.safeguardcases.domain.referral;

import java.util.Optional;

/** The disciplinary referrals of the caller's board (an HR partner: those to their own organisation). */
public interface ReferralRepository {

    /** A case's referral (there is at most one). */
    Optional<Referral> ofCase(long caseId);

    void add(Referral referral);

    /** The case's referral if it went to the organisation. */
    Optional<Referral> ofCaseTo(long caseId, Long organisationId);

    /**
     * The referrals to the organisation with their cases (only the open ones, only the closed ones, or all for null),
     * open ones first, the nearest acknowledgement deadline first, at most {@code most}.
     */
    java.util.List<Referred> to(Long organisationId, Boolean open, int most);

    /** A referral with its case. */
    record Referred(Referral referral, uk.safeguardcases.domain.cases.SafeguardingCase safeguardingCase) {
    }

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
