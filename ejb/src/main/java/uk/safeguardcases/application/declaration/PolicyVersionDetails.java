package uk.safeguardcases.application.declaration;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a board administrator gives when publishing a version of the policy.
 *
 * @param ownerPersonId the post holder responsible for the policy and its regular review (NSCB model policy 11.1)
 */
public record PolicyVersionDetails(String title, LocalDate effectiveFrom, LocalDate reviewDate, Long ownerPersonId)
        implements Serializable {
}
