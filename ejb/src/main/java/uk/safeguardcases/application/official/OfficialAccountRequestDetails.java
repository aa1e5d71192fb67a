package uk.safeguardcases.application.official;

import uk.safeguardcases.domain.evidence.Platform;

/**
 * A partner's business case for a new official account (CHSCB authorised use 2.1), and how the account would be set
 * up (2.3: the job title and name, the role in its biography).
 */
public record OfficialAccountRequestDetails(Platform platform, String handle, String setUpName, String jobTitle,
        String biographyRole, String businessCase) {
}
