package uk.safeguardcases.domain.referral;

import java.util.Optional;

/** The disciplinary referrals of the caller's board (an HR partner: those to their own organisation). */
public interface ReferralRepository {

    /** A case's referral (there is at most one). */
    Optional<Referral> ofCase(long caseId);

    void add(Referral referral);

    /** The case's referrals to outside agencies, in the order made. */
    java.util.List<ExternalReferral> externalOf(long caseId);
}
