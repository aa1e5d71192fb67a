package uk.safeguardcases.application.official;

import java.io.Serializable;
import java.time.Instant;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.official.OfficialAccountRequestStatus;

/**
 * A business case as its pages show it.
 *
 * @param decidable whether the caller may decide it now (a senior, not the requester, while awaiting a decision)
 * @param answerable whether the caller is the requester with a consultation to answer
 */
public record OfficialAccountRequestView(String reference, String requestedBy, String requesterName,
        Instant requestedAt, Platform platform, String handle, String setUpName, String jobTitle, String biographyRole,
        String businessCase, OfficialAccountRequestStatus status, String consultationQuestion,
        String consultationAnswer, String decidedByName, Instant decidedAt, String decisionNote, Long accountId,
        boolean decidable, boolean answerable) implements Serializable {
}
