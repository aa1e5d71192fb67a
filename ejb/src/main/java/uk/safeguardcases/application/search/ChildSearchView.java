package uk.safeguardcases.application.search;

import java.time.Instant;
import java.time.LocalDate;
import uk.safeguardcases.domain.search.ChildSearchOutcome;
import uk.safeguardcases.domain.search.ChildSearchStatus;

/**
 * A search about a child as the register shows it: the request, the authorisation (who, why, which platforms, what
 * scope, until when) or refusal, its use (how many searches were logged), the window's end and the outcome. People by
 * name; platforms as their labels, comma-separated.
 */
public record ChildSearchView(String reference, String childReference, String agencyCaseNumber, int childBirthYear,
        String concern, String platforms, String lookedAt, boolean openMethodsDeclared, String requestedBy,
        Instant requestedAt, ChildSearchStatus status, String decidedBy, Instant decidedAt, String decisionReason,
        String authorisedPlatforms, String authorisedScope, Instant authorisedUntil, Instant windowEndedAt,
        boolean windowExpired, ChildSearchOutcome outcome, String outcomeReference, String outcomeSummary,
        String closedBy, Instant closedAt, LocalDate keepUntil, int searchesLogged, boolean decidable,
        boolean searchable) implements java.io.Serializable {
}
