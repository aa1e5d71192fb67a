package uk.safeguardcases.application.declaration;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.safeguardcases.domain.declaration.DeclarationStatus;

/**
 * A member's declaration of one version, as the member sees it in the portal: the version (its clauses when it is
 * still to be signed), the organisation the Appendix 1 statement names, and what was signed and countersigned.
 */
public record MemberDeclaration(long id, int versionNumber, String title, LocalDate effectiveFrom,
        String organisation, List<ClauseLine> clauses, DeclarationStatus status, Instant askedAt,
        Instant declaredAt, String declaredName, String jobTitle, String department, String contactNumber,
        String managerName, Instant countersignedAt) implements Serializable {
}
